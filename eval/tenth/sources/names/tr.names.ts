/* Data source: TÜİK (Turkish Statistical Institute) */
/* License: Attribution Required - https://www.tuik.gov.tr/Kurumsal/Yasal_Uyari */
/* URL: https://nip.tuik.gov.tr/?value=EnCokKullanilanIsimler */
const turkishNames = {
    0: [
        'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'Murat', 'Yusuf', 'İbrahim', 'İsmail',
        'Ömer', 'Ramazan', 'Osman', 'Abdullah', 'Fatih', 'Emre', 'Halil', 'Süleyman', 'Hakan', 'Adem',
        'Muhammed', 'Kadir', 'Furkan', 'Mahmut', 'Burak', 'Recep', 'Serkan', 'Yasin', 'Enes', 'Metin'
    ],
    1: [
        'Fatma', 'Ayşe', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Merve', 'Zehra', 'Esra',
        'Özlem', 'Büşra', 'Yasemin', 'Melek', 'Hülya', 'Sultan', 'Kübra', 'Dilek', 'Leyla', 'Rabia',
        'Songül', 'Aysel', 'Sevim', 'Tuğba', 'Hacer', 'Fadime', 'Yağmur', 'Aynur', 'Havva', 'Ayşegül'
    ]
}

export default turkishNames;
