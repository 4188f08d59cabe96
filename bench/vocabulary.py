"""The words, places and names the data generator draws from (``generate.py``)."""

__all__ = (
    "CAMEO_OF",
    "CATEGORIES",
    "CHANNELS",
    "COUNTRIES",
    "KINDS",
    "KOREAN",
    "PLACES",
    "PUBLISHERS",
    "STANCES",
    "STATES",
    "TOPICS",
    "VERBS",
    "WORDS",
)

CATEGORIES = {
    "DISAPPROVE": 18, "CONSULT": 14, "THREATEN": 10, "DEMAND": 8, "COOPERATE": 7,
    "MOBILIZE": 7, "AGREE": 6, "ASSAULT": 5, "SANCTION": 5, "SUPPORT": 4, "REJECT": 4,
    "COERCE": 3, "INVESTIGATE": 3, "PROTEST": 2, "AID": 2, "CONCEDE": 1, "RETREAT": 1,
}  # fmt: skip
CAMEO_OF = {
    "DISAPPROVE": "111", "CONSULT": "036", "THREATEN": "138", "DEMAND": "100",
    "COOPERATE": "050", "MOBILIZE": "150", "AGREE": "057", "ASSAULT": "190", "SANCTION": "163",
    "SUPPORT": "051", "REJECT": "120", "COERCE": "170", "INVESTIGATE": "090", "PROTEST": "140",
    "AID": "070", "CONCEDE": "080", "RETREAT": "087",
}  # fmt: skip
PLACES = (
    ("Pyongyang", "PRK", 39.0392, 125.7625),
    ("Sohae", "PRK", 39.66, 124.705),
    ("Punggye-ri", "PRK", 41.28, 129.08),
    ("Yongbyon", "PRK", 39.797, 125.755),
    ("Sinpo", "PRK", 40.03, 128.18),
    ("Wonsan", "PRK", 39.15, 127.44),
    ("Kaesong", "PRK", 37.97, 126.55),
    ("Panmunjom", "KOR", 37.956, 126.677),
    ("Seoul", "KOR", 37.5665, 126.978),
    ("Busan", "KOR", 35.1796, 129.0756),
    ("Yeonpyeong", "KOR", 37.666, 125.7),
    ("Tokyo", "JPN", 35.6762, 139.6503),
    ("Beijing", "CHN", 39.9042, 116.4074),
    ("Vladivostok", "RUS", 43.1155, 131.8855),
    ("Washington", "USA", 38.9072, -77.0369),
)
COUNTRIES = ("PRK", "KOR", "USA", "CHN", "RUS", "JPN")
STATES = (
    (
        "PRK",
        "Democratic People's Republic of Korea",
        ["North Korea", "DPRK", "조선민주주의인민공화국"],
    ),
    ("KOR", "Republic of Korea", ["South Korea", "ROK", "대한민국"]),
    ("USA", "United States of America", ["United States", "US"]),
    ("CHN", "People's Republic of China", ["China", "PRC"]),
    ("RUS", "Russian Federation", ["Russia"]),
    ("JPN", "Japan", ["Nippon"]),
)
KINDS = ("person", "organization", "government_body", "military_unit", "media", "company")
PUBLISHERS = ("KCNA", "Yonhap", "Reuters", "NK News", "38 North", "Rodong Sinmun", "AP", "NHK")
VERBS = {
    "DISAPPROVE": "criticizes", "CONSULT": "meets", "THREATEN": "threatens", "DEMAND": "demands "
    "talks with", "COOPERATE": "cooperates with", "MOBILIZE": "mobilizes against",
    "AGREE": "signs agreement with", "ASSAULT": "fires on", "SANCTION": "sanctions",
    "SUPPORT": "backs", "REJECT": "rejects proposal of", "COERCE": "seizes vessel of",
    "INVESTIGATE": "investigates", "PROTEST": "protests against", "AID": "sends aid to",
    "CONCEDE": "eases restrictions on", "RETREAT": "withdraws from",
}  # fmt: skip
WORDS = (
    "missile", "launch", "sanctions", "nuclear", "test", "denuclearization", "provocation",
    "alliance", "exercise", "artillery", "border", "talks", "summit", "envoy", "embassy",
    "satellite", "ballistic", "hypersonic", "submarine", "reactor", "enrichment", "plutonium",
    "uranium", "inspection", "drills", "warning", "retaliation", "deterrence", "reunification",
    "humanitarian", "aid", "food", "shortage", "defector", "ceasefire", "armistice",
    "demilitarized", "zone", "warship", "drone", "cyberattack", "cryptocurrency", "hackers",
    "tariffs", "trade", "ports", "railway", "negotiations", "hostile", "policy", "puppet",
    "imperialist", "peace", "stability", "region", "security", "council",
)  # fmt: skip
KOREAN = (
    "미사일", "발사", "제재", "핵실험", "비핵화", "도발", "동맹", "훈련", "포병", "국경", "회담", "정상회담", "특사", "대사관",
    "위성", "탄도", "극초음속", "잠수함", "원자로", "농축", "경고", "보복", "억제", "통일", "인도적", "지원", "식량", "정전",
    "평화", "안보",
)  # fmt: skip
STANCES = ("supportive", "conciliatory", "neutral", "critical", "hostile", "threatening")
CHANNELS = ("state_media", "official_statement", "press_conference", "speech", "interview")
TOPICS = ("missiles", "nuclear", "sanctions", "diplomacy", "military", "economy", "humanitarian")
