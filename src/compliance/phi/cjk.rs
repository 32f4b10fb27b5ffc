//! Patients named in Chinese, Japanese and Korean text (issue 9, item 2).
//! These scripts have no capitals to mark a name, so the name rules never
//! see "张伯伯" (Uncle Zhang), "山田 花子 様" or "김영희 님". A person is
//! written in each language as a common surname (and given name) with a
//! form of address: 先生, 阿姨, 伯伯… in Chinese; 様, さん, 氏, ちゃん in
//! Japanese, or a romanised "Kimura-san"; 님 or 씨 in Korean. Beside an age
//! in years (91岁, 93歳, 68세) or care words (surgery, a hospital stay, a
//! check-up, hearing aids…) in the same paragraph, on a page that is no bio,
//! that person is a patient.
//!
//! Decisions (round 32): Japanese is told from Chinese by its kana, since 先生
//! there is the doctor, not "Mr"; staff are named with a title (医師, 先生,
//! 원장, 선생님), which is no form of address here, or introduced by their
//! role before the name ("看護師の田中さん"). Korean names need a surname
//! and two more syllables before 님/씨, so titles such as 선생님, 원장님 and
//! 손님 (a guest) are no names.

use std::sync::LazyLock;

use regex::Regex;

use super::Finding;
use super::caseless::{Lang, report};
use super::segments::Segments;

/// The hundred or so commonest Chinese surnames, simplified and traditional.
const ZH_SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐区區甘关關麦麥伍温溫";

/// The commonest Japanese surnames, with the Okinawan ones Hawaiʻi's and
/// Brazil's Japanese communities carry.
const JA_SURNAMES: &str = "佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|齋藤|斉藤|清水|山崎|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野|小島|谷口|今井|工藤|高田|増田|丸山|杉山|村田|大塚|新井|小山|平野|藤本|河野|上野|野口|武田|松井|千葉|岩崎|菅原|木下|久保|佐野|野村|松尾|市川|菊地|菊池|杉本|古川|大西|島田|水野|桜井|高野|吉川|山内|西田|飯田|西川|小松|北村|安田|五十嵐|川口|平田|中田|久保田|服部|岩田|土屋|川崎|福島|本田|樋口|秋山|田口|永井|山中|中西|吉村|川上|石原|大橋|松岡|馬場|浅野|荒木|大久保|野田|小沢|田辺|川村|星野|黒田|尾崎|望月|永田|熊谷|内藤|松村|西山|大谷|平井|大島|岩本|片山|本間|早川|横田|岡崎|荒井|大石|鎌田|成田|宮田|小田|石橋|篠原|須藤|河合|比嘉|金城|大城|宮城|新垣|玉城|上原|島袋|仲村|照屋|知念|宮里|与那嶺|當間|仲宗根|東|林|森|原|関|辻|堀";

/// Korean surname syllables (Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon…).
const KO_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";

/// Which CJK scripts a paragraph uses, read in one pass over its text.
#[derive(Clone, Copy, Default)]
struct Scripts {
    han: bool,
    kana: bool,
    hangul: bool,
}

impl Scripts {
    fn of(t: &str) -> Scripts {
        let mut sc = Scripts::default();
        for c in t.chars() {
            match c {
                '\u{3040}'..='\u{30ff}' => sc.kana = true,
                '\u{4e00}'..='\u{9fff}' => sc.han = true,
                '\u{ac00}'..='\u{d7a3}' => sc.hangul = true,
                _ => {}
            }
        }
        sc
    }
}

static ZH_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:[{ZH_SURNAMES}]\p{{Han}}{{0,2}}?(?:先生|女士|小姐|太太|伯伯|叔叔|阿姨|婆婆|爷爷|爺爺|奶奶|公公|伯母|大爷|大爺|大妈|大媽)|[老阿][{ZH_SURNAMES}](?:伯|叔|姨|婆|公)?|(?:父亲|母亲|爸爸|妈妈|丈夫|妻子|爷爷|奶奶|外婆|外公)([{ZH_SURNAMES}]\p{{Han}}{{1,2}}))"
    ))
    .unwrap()
});
static ZH_STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:是|为|為)?(?:我们的|我們的)?(?:医生|醫生|医师|醫師|护士|護士|治疗师|治療師|物理治疗师|老师|老師|教练|教練|主任|院长|院長|博士|志愿者|志願者)").unwrap()
});
static ZH_STAFF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:医生|醫生|护士|護士|同事|员工|員工|志愿者|志願者)\s*$").unwrap());
/// An age in years, or care: surgery, fractures, joints, rehabilitation,
/// a hospital stay, dialysis, cancer treatment, a stroke, a follow-up.
static ZH_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}\s*[岁歲]|手术|手術|开刀|開刀|骨折|关节|關節|置换|置換|康复|康復|复健|復健|住院|出院|透析|洗肾|洗腎|化疗|化療|放疗|放療|中风|中風|癌|糖尿病|确诊|確診|复诊|複診|截肢|心脏病|心臟病|失智|痴呆|白内障|白內障|青光眼|助听器|助聽器|\d{1,3}\s*号房|病房|临终|臨終|照顾").unwrap()
});

/// "山田 花子 様", "小林トシ子さん", "鈴木様", or romanised "Kimura-san".
static JA_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?:{JA_SURNAMES})[ \u{{3000}}]?(?:[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}--[のはがをにでともへや]]{{1,3}}?[ \u{{3000}}]?)??(?:様|さま|さん|氏|くん|ちゃん)|\b\p{{Lu}}\p{{Ll}}{{2,}}-(?:san|sama|chan|kun)\b)"
    ))
    .unwrap()
});
static JA_STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \u{3000}]?(?:は|が|も)?(?:当院の|私たちの)?(?:医師|先生|看護師|技師|技術者|通訳|スタッフ|受付|事務|院長|部長|博士|ボランティア)").unwrap()
});
static JA_STAFF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:医師|先生|看護師|技師|通訳|スタッフ|受付|事務|院長|部長|ボランティア|同僚)の[ \u{3000}]?$").unwrap());
static JA_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}\s*[歳才]|手術|術後|検診|検査|通院|外来|受診|診察|治療|入院|退院|診断|補聴器|人工内耳|白内障|緑内障|網膜|角膜|難聴|めまい|透析|骨折|リハビリ|糖尿病|認知症|脳卒中|がん|癌|患者").unwrap()
});

/// "김영희 님", "박민수씨": a surname and two syllables before 님 or 씨.
static KO_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:^|[^\p{{Hangul}}])([{KO_SURNAMES}][가-힣]{{2}})[ ]?(?:님|씨|할머니|할아버지|어르신)")).unwrap()
});
static KO_STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ ]?(?:님|씨)?[ ]?(?:은|는|이|가)?[ ]?(?:저희|우리)?[ ]?(?:원장|선생|간호사|교수|검안사|청능사|의사|통역사|직원|봉사자|실장|팀장)").unwrap()
});
static KO_STAFF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:원장|선생님|간호사|교수|검안사|청능사|의사|통역사|직원|봉사자|실장|팀장)[ ]?$").unwrap());
static KO_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}\s*세|수술|치료|검사|진료|진단|입원|퇴원|백내장|녹내장|망막|각막|보청기|인공와우|난청|투석|당뇨|치매|뇌졸중|환자")
        .unwrap()
});

static LANGS: [Lang; 3] = [
    Lang {
        is: |t| {
            let sc = Scripts::of(t);
            sc.han && !sc.kana
        },
        person: &ZH_PERSON,
        staff_after: &ZH_STAFF_AFTER,
        staff_before: &ZH_STAFF_BEFORE,
        care: &ZH_CARE,
        stop: &[],
        what: "Chinese",
    },
    // A romanised "Kimura-san" counts inside Japanese text only: the care
    // words are Japanese.
    Lang {
        is: |t| Scripts::of(t).kana,
        person: &JA_PERSON,
        staff_after: &JA_STAFF_AFTER,
        staff_before: &JA_STAFF_BEFORE,
        care: &JA_CARE,
        stop: &[],
        what: "Japanese",
    },
    Lang {
        is: |t| Scripts::of(t).hangul,
        person: &KO_PERSON,
        staff_after: &KO_STAFF_AFTER,
        staff_before: &KO_STAFF_BEFORE,
        care: &KO_CARE,
        stop: &[],
        what: "Korean",
    },
];

/// Report each form of a person in a paragraph that tells an age or care,
/// unless the form is a clinician's title or the person's role is given.
pub(super) fn check(segs: &Segments, out: &mut Vec<Finding>) {
    report(segs, &LANGS, out);
}
