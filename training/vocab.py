"""Hard-negative vocabulary: words that look like names or places but are not PHI.

The curated lists below are written by hand for this project.  The mined list
(`schema_words.tsv`) comes from public schemas; its header names the sources.
"""

from __future__ import annotations

import calendar
import re
import zoneinfo
from functools import cache
from pathlib import Path

# Words that are also first names or surnames but, in a schema, are vocabulary.
NAME_LIKE_WORDS = (
    "Will", "Living Will", "Last Will", "June", "May", "April", "August", "January", "Jordan",
    "Austin", "Lincoln", "Ford", "Mercedes-Benz", "Mercedes", "Madison", "Jackson", "Chase",
    "Grant", "Bill", "Mark", "Max", "Sky", "Summer", "Autumn", "Winter", "Dawn", "Faith",
    "Hope", "Grace", "Joy", "Rose", "Violet", "Ruby", "Pearl", "Amber", "Jasmine", "Holly",
    "Ivy", "Iris", "Lily", "Daisy", "Hunter", "Mason", "Carter", "Cooper", "Baker", "Taylor",
    "Parker", "Porter", "Fisher", "Tucker", "Brooks", "Reed", "Wade", "Victoria", "Sydney",
    "Florence", "Charlotte", "Georgia", "Virginia", "Carolina", "Dakota", "Cameron", "Douglas",
    "Hamilton", "Washington", "Franklin", "Kennedy", "Tesla", "Edison", "Dell", "Harley",
    "Porsche", "Ferrari", "Chevrolet", "Jaguar", "Cadillac", "Chrysler", "Dodge", "Ram",
    "Jeep", "Lexus", "Bentley", "Rolls-Royce", "Aston Martin", "Lamborghini", "Lincoln Navigator",
    "Ford Mustang", "Pat", "Sue", "Rob", "Bob", "Dick", "Sol", "Luna", "Stella", "Nova",
    "Alexa", "Siri", "Cortana", "Watson", "Jenkins", "Travis", "Ansible", "Sphinx", "Hugo",
    "Jekyll", "Karma", "Jasmine", "Mocha", "Chai", "Jest", "Ruby on Rails", "Julia", "Ada",
    "Pascal", "Haskell", "Erlang", "Elixir", "Crystal", "Dart", "Kotlin", "Scala", "Darwin",
    "Newton", "Kelvin", "Celsius", "Fahrenheit", "Gauss", "Hertz", "Ohm", "Joule", "Pascal",
    "Bernoulli", "Gaussian", "Markov", "Fourier", "Euler", "Boolean", "Kafka", "Cassandra",
    "Hadoop", "Apache", "Jupyter", "Django", "Flask", "Phoenix", "Laravel", "Symfony", "Rails",
    "Marshal", "Dean", "Major", "General", "Bishop", "King", "Queen", "Knight", "Page", "Story",
    "Frank", "Earnest", "Constance", "Patience", "Prudence", "Justice", "Liberty", "Major League",
    "Long", "Young", "White", "Black", "Green", "Brown", "Gray", "Hill", "Field", "Wood",
    "Lane", "Street", "Park", "Price", "Cash", "Rich", "Gold", "Silver", "Stone", "Banks",
)

# Text that talks about personal data without holding any.
CATEGORY_PHRASES = (
    "patient name", "Patient Name", "patient_name", "full name", "Full Name", "First Name", "Last Name",
    "Middle Name", "Given Name", "Family Name", "Maiden Name", "Preferred Name", "Nickname", "Name",
    "Date Of Birth", "date of birth", "DOB", "Birth Date", "Birthdate", "The patient's full name",
    "The patient's full legal name.", "Medical record number assigned by the facility.",
    "Medical Record Number", "MRN", "Member ID", "Subscriber ID", "Policy Number", "Group Number",
    "Social Security Number", "SSN", "Phone Number", "Mobile Phone", "Email Address", "Home Address",
    "Street Address", "Mailing Address", "Billing Address", "Address Line 1", "Address Line 2",
    "City", "State", "Zip Code", "Postal Code", "Country", "County", "Emergency Contact",
    "Emergency Contact Name", "Guardian Name", "Next Of Kin", "Primary Care Physician",
    "Attending Physician", "Referring Provider", "Provider Name", "Insurance Carrier",
    "Name of the patient's guardian.", "Full name of the subscriber as printed on the card.",
    "Patient date of birth in YYYY-MM-DD format.", "The street address, including unit number.",
    "City of residence.", "Two-letter US state code.", "Five-digit ZIP code.",
    "Name of the person to contact in an emergency.", "Legal name of the prescribing clinician.",
    "Patient's preferred language.", "Sex assigned at birth", "Gender Identity", "Marital Status",
    "Race", "Ethnicity", "Religion", "Occupation", "Employer Name", "Username", "User Name",
    "Display Name", "Author", "Owner", "Assignee", "Reviewer", "Maintainer", "Contributor",
    "Account Holder", "Cardholder Name", "Beneficiary", "Dependent", "Spouse", "Relationship",
    "Lookup Patient By Mrn", "Verify Member Eligibility", "Get Patient Demographics",
    "Search Patients By Name", "Update Patient Address", "Create Appointment", "List Encounters",
    "Fetch Lab Results", "Get Claim Status", "Submit Prior Authorization", "Patient Intake",
    "Patient Intake Schema", "Member Enrollment", "Provider Directory", "Discharge Summary",
    "Encounter", "Observation", "Practitioner", "Practitioner Role", "Related Person",
    "Coverage", "Explanation Of Benefit", "Allergy Intolerance", "Medication Request",
)

PROGRAMMING_WORDS = (
    "Docker", "JSON", "Config", "Max", "Min", "Kubernetes", "GitHub", "GitLab", "Bitbucket", "YAML",
    "TOML", "XML", "HTML", "CSS", "JavaScript", "TypeScript", "Python", "Node.js", "npm", "Yarn",
    "pnpm", "Webpack", "Babel", "ESLint", "Prettier", "Stylelint", "Terraform", "Helm", "Azure",
    "AWS", "Amazon", "Google Cloud", "Firebase", "Vercel", "Netlify", "Heroku", "Cloudflare",
    "OpenAI", "Anthropic", "Claude", "Gemini", "Llama", "Mistral", "Copilot", "Visual Studio Code",
    "IntelliJ", "Xcode", "Android", "iOS", "macOS", "Windows", "Linux", "Ubuntu", "Debian",
    "Alpine", "CentOS", "Fedora", "Redis", "PostgreSQL", "MySQL", "MongoDB", "SQLite", "Elastic",
    "Kibana", "Grafana", "Prometheus", "Datadog", "Sentry", "Slack", "Discord", "Teams", "Zoom",
    "Jira", "Confluence", "Trello", "Notion", "Stripe", "PayPal", "Shopify", "Salesforce",
    "HubSpot", "Twilio", "SendGrid", "Mailchimp", "Epic", "Cerner", "Athenahealth", "Allscripts",
    "Meditech", "HL7", "FHIR", "Blue Button", "Medicare", "Medicaid", "CMS", "HIPAA", "LOINC",
    "SNOMED CT", "ICD-10", "RxNorm", "CPT", "NPI", "OAuth", "OpenID Connect", "SAML", "JWT",
    "Bearer", "Token", "Webhook", "Endpoint", "Schema", "Draft 7", "Swagger", "OpenAPI",
    "GraphQL", "gRPC", "REST", "Lambda", "Serverless", "Vite", "Rollup", "Parcel", "Esbuild",
    "Deno", "Bun", "Rust", "Cargo", "Go", "Java", "Maven", "Gradle", "Spring Boot", "Quarkus",
    "Micronaut", "Angular", "React", "Vue", "Svelte", "Next.js", "Nuxt", "Remix", "Astro",
    "Gatsby", "Storybook", "Cypress", "Playwright", "Selenium", "Puppeteer", "Renovate",
    "Dependabot", "Codecov", "SonarQube", "CircleCI", "Travis CI", "GitHub Actions", "Buildkite",
    "Bamboo", "TeamCity", "Octopus Deploy", "Pulumi", "Packer", "Vagrant", "Consul", "Vault",
    "Nomad", "Istio", "Envoy", "Traefik", "Nginx", "Caddy", "Apache HTTP Server", "Tomcat",
    "Jetty", "Unity", "Unreal Engine", "Godot", "Minecraft", "Roblox", "Steam", "Xbox",
    "PlayStation", "Nintendo Switch", "Oracle", "IBM", "Microsoft", "Apple", "Meta", "Netflix",
    "Spotify", "Uber", "Lyft", "Airbnb", "Tesla Model 3", "Toyota Camry", "Honda Civic",
)

CITIES = (
    "New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio",
    "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville", "Columbus", "Charlotte",
    "Indianapolis", "Seattle", "Denver", "Washington", "Boston", "Nashville", "Detroit",
    "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque",
    "Tucson", "Fresno", "Sacramento", "Atlanta", "Miami", "Raleigh", "Omaha", "Minneapolis",
    "Tulsa", "Cleveland", "Wichita", "Arlington", "Tampa", "New Orleans", "Honolulu", "Anaheim",
    "Aurora", "Santa Ana", "St. Louis", "Pittsburgh", "Cincinnati", "Orlando", "Madison",
    "Lincoln", "Jackson", "Springfield", "Salem", "Jordan", "London", "Paris", "Berlin",
    "Madrid", "Rome", "Tokyo", "Beijing", "Shanghai", "Seoul", "Moscow", "Mumbai", "Delhi",
    "São Paulo", "Mexico City", "Toronto", "Sydney", "Melbourne", "Dublin", "Amsterdam",
    "Frankfurt", "Zurich", "Singapore", "Hong Kong", "Dubai", "Cairo", "Lagos", "Nairobi",
    "東京", "北京", "서울", "Москва", "القاهرة", "मुंबई",
)

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    "Puerto Rico",
)

CODE_ENUMS = (
    "ACTIVE", "INACTIVE", "PENDING", "IN_PROGRESS", "COMPLETED", "CANCELLED", "male", "female",
    "other", "unknown", "M", "F", "U", "X", "CA", "NY", "TX", "FL", "WA", "MA", "IL", "E11.9",
    "I10", "J45.909", "Z00.00", "2345-7", "4548-4", "718-7", "8480-6", "home", "work", "mobile",
    "temp", "old", "official", "usual", "nickname", "anonymous", "maiden", "draft", "final",
    "amended", "entered-in-error", "preliminary", "registered", "GET", "POST", "PUT", "PATCH",
    "DELETE", "asc", "desc", "true", "false", "null", "none", "auto", "manual", "debug", "info",
    "warn", "error", "fatal", "trace", "utf-8", "en-US", "es-MX", "fr-FR", "de-DE", "ja-JP",
    "USD", "EUR", "GBP", "JPY", "v1", "v2", "v1beta1", "2024-10-22", "2020-12", "gzip", "brotli",
    "x86_64", "arm64", "amd64", "linux/amd64", "SELF", "SPOUSE", "CHILD", "PARENT", "GUARDIAN",
    "OTHER", "PPO", "HMO", "EPO", "POS", "HDHP", "Medicare Advantage", "Part A", "Part B",
    "Part D", "inpatient", "outpatient", "emergency", "ambulatory", "MRN-XXXXXXX", "XXX-XX-XXXX",
    "YOUR_API_KEY", "REDACTED", "<name>", "{name}", "${USER}", "{{patient_name}}", "%s", "N/A",
)

# Non-Latin vocabulary, so the model does not read every non-Latin word as a name.
NON_LATIN_WORDS = (
    "患者姓名", "出生日期", "地址", "电话号码", "病历号", "医院", "名前", "生年月日", "住所", "電話番号",
    "患者", "診療記録", "환자 이름", "생년월일", "주소", "전화번호", "Имя пациента", "Дата рождения",
    "Адрес", "Номер телефона", "Пациент", "Больница", "اسم المريض", "تاريخ الميلاد", "العنوان",
    "رقم الهاتف", "مستشفى", "रोगी का नाम", "जन्म तिथि", "पता", "फ़ोन नंबर", "अस्पताल", "Tên bệnh nhân",
    "Ngày sinh", "Địa chỉ", "Số điện thoại", "Bệnh viện", "Nombre del paciente", "Fecha de nacimiento",
    "Dirección", "Teléfono", "Nom du patient", "Date de naissance", "Adresse", "Geburtsdatum",
    "Name des Patienten", "Anschrift", "Data di nascita", "Indirizzo", "Nome do paciente",
    "Data de nascimento", "Endereço", "東京都", "大阪", "北京市", "上海", "서울특별시", "Россия", "مصر",
)

MONTHS = tuple(calendar.month_name[1:]) + tuple(calendar.month_abbr[1:])
WEEKDAYS = tuple(calendar.day_name) + tuple(calendar.day_abbr)


@cache
def time_zones() -> tuple[str, ...]:
    """IANA zone names such as `America/New_York` (common enum values in schemas)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z))


@cache
def schema_words() -> dict[str, tuple[str, ...]]:
    """The mined word list by section (`ident`, `short`, `sentence`)."""
    out: dict[str, list[str]] = {}
    path = Path(__file__).with_name("schema_words.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, _, text = line.partition("\t")
        out.setdefault(kind, []).append(text)
    return {k: tuple(v) for k, v in out.items()}


@cache
def plain_words() -> tuple[str, ...]:
    """Lower-case ordinary words seen in the mined schema text, minus anything that is a name."""
    from training.names import name_word_sets  # late: Faker is only needed when training

    firsts, lasts = name_word_sets()
    words: set[str] = set()
    for section in ("ident", "short", "sentence"):
        for text in schema_words()[section]:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return tuple(sorted(w for w in words if w not in firsts and w not in lasts))
