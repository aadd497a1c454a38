/* Data source: TÜİK (Turkish Statistical Institute) - Most Used Surnames */
/* License: Attribution Required - https://www.tuik.gov.tr/Kurumsal/Yasal_Uyari */
/* URL: https://nip.tuik.gov.tr/?value=EnCokKullanilanSoyIsimler */
const turkishSurnames = [
    'Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Yıldız', 'Şahin', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
    'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Kurt', 'Koç', 'Polat', 'Şimşek',
    'Korkmaz', 'Özkan', 'Yavuz', 'Çakır', 'Özcan', 'Erdoğan', 'Can', 'Acar', 'Güneş', 'Aktaş'
];

export default turkishSurnames;
