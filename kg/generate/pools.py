"""Word pools for synthetic data: countries with provinces, ministries, fields, people's names.

Vietnamese names keep their diacritics so that sources can spell them with or without
(kg.textnorm.strip_diacritics), as real articles do.
"""

# code -> (country name, weight, provinces). Vietnam dominates, as in the real corpus.
COUNTRIES = {
    "VN": ("Vietnam", 12, ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ", "Bắc Ninh", "Nghệ An",
                           "Thái Nguyên", "Quảng Ninh", "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Bình Dương",
                           "Thanh Hóa", "Hưng Yên", "Nam Định", "Quảng Nam", "Đắk Lắk", "Vĩnh Long", "Hồ Chí Minh City"]),
    "LA": ("Laos", 1, ["Vientiane", "Luang Prabang", "Savannakhet", "Champasak"]),
    "TH": ("Thailand", 1, ["Bangkok", "Chiang Mai", "Khon Kaen", "Songkhla"]),
    "KR": ("South Korea", 1, ["Seoul", "Busan", "Daejeon", "Gwangju"]),
    "JP": ("Japan", 1, ["Tokyo", "Osaka", "Kyoto", "Fukuoka"]),
    "DE": ("Germany", 1, ["Hessen", "Bayern", "Sachsen", "Nordrhein-Westfalen"]),
    "FR": ("France", 1, ["Île-de-France", "Occitanie", "Auvergne-Rhône-Alpes"]),
}

# (English subject, Vietnamese subject) — used to compose institution names.
FIELDS = [("Technology", "Công nghệ"), ("Industry", "Công nghiệp"), ("Economics", "Kinh tế"),
          ("Medicine", "Y khoa"), ("Agriculture", "Nông nghiệp"), ("Education", "Sư phạm"),
          ("Transport", "Giao thông Vận tải"), ("Construction", "Xây dựng"), ("Foreign Languages", "Ngoại ngữ"),
          ("Fine Arts", "Mỹ thuật"), ("Natural Resources and Environment", "Tài nguyên và Môi trường"),
          ("Information Technology", "Công nghệ Thông tin"), ("Mining and Geology", "Mỏ - Địa chất"),
          ("Law", "Luật"), ("Commerce", "Thương mại"), ("Tourism", "Du lịch"), ("Forestry", "Lâm nghiệp"),
          ("Water Resources", "Thủy lợi"), ("Finance", "Tài chính"), ("Physical Education", "Thể dục Thể thao")]

# Institution type -> (English pattern, Vietnamese pattern or None, head role, weight).
INSTITUTION_KINDS = {
    "University": ("{province} University of {field}", "Trường Đại học {field_vi} {province}", "rector", 6),
    "College": ("{province} College of {field}", "Trường Cao đẳng {field_vi} {province}", "rector", 4),
    "VocationalSchool": ("{province} Vocational School of {field}", None, "director", 2),
    "ResearchInstitute": ("{province} Institute of {field}", "Viện {field_vi} {province}", "director", 1),
    "Company": ("{province} {field} Joint Stock Company", None, "ceo", 2),
}

MINISTRY_SUBJECTS = ["Education and Training", "Industry and Trade", "Health", "Science and Technology",
                     "Agriculture and Environment", "Labour, Invalids and Social Affairs", "Finance"]

# How each head role is written, per institution (chosen once, so sources agree).
ROLE_WORDINGS = {"rector": ["Rector", "Principal", "President"], "director": ["Director", "Director General"],
                 "ceo": ["Chief Executive Officer", "General Director"], "vice-rector": ["Vice-Rector", "Vice Principal"],
                 "deputy-director": ["Deputy Director"]}
DEPUTY_OF = {"rector": "vice-rector", "director": "deputy-director", "ceo": "deputy-director"}

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
             "Hồ", "Ngô", "Dương", "Lý", "Đào", "Kiều"]
VN_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Xuân", "Thanh", "Hữu", "Ngọc", "Hoàng", "Anh", "Thu"]
VN_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh",
            "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quảng", "Sơn", "Tâm", "Thắng",
            "Thành", "Thảo", "Thực", "Trang", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Đạt", "Lộc", "Nhung"]
OTHER_GIVEN = ["Anna", "Somchai", "Ji-ho", "Haruto", "Jürgen", "Céline", "Bounmy", "Malee", "Min-jun", "Yuki",
               "François", "Søren", "Lukas", "Sofia", "Kenji", "Niran", "Élodie", "Thomas", "Hana", "Phonsavanh"]
OTHER_FAMILY = ["Müller", "Schmidt", "Dubois", "Lefèvre", "Kim", "Park", "Sato", "Suzuki", "Srisuk",
                "Wongsa", "Phommachanh", "Keomany", "Weber", "Bernard", "Lee", "Tanaka", "Chai", "Fontaine"]
INITIALS = "ABCDEFGHJKLMNPRSTVW"

TITLES = ["prof", "assoc-prof", "dr", "mr", "ms", "msc"]

AGREEMENT_TYPES = {"MemorandumOfUnderstanding": "memorandum of understanding",
                   "CooperationAgreement": "cooperation agreement",
                   "FrameworkAgreement": "framework agreement"}

# Parties per agreement, 2..8: mostly bilateral, a tail of consortia.
PARTY_COUNT_WEIGHTS = {2: 60, 3: 16, 4: 9, 5: 6, 6: 4, 7: 3, 8: 2}
