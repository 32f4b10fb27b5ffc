//! Patients named in Chinese text (issue 9, item 2). Chinese has no
//! capitals to mark a name, so the name rules never see "张伯伯" (Uncle
//! Zhang) or "李华阿姨" (Auntie Li Hua). A person is written here as a common
//! surname with a form of address (先生, 女士, 阿姨, 伯伯, 婆婆…), or with
//! 老/小/阿 before it; beside an age in years (91岁) or care words
//! (手术, 骨折, 康复, 住院, 透析…) in the same paragraph, on a page that is no
//! bio, that person is a patient. Japanese text is left out: it writes the
//! same characters, and 先生 there is the doctor.

use std::sync::LazyLock;

use regex::Regex;

use super::redact::quote;
use super::segments::Segments;
use super::{Finding, Severity, finding};

/// The hundred or so commonest Chinese surnames, simplified and traditional.
const SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐区區甘关關麦麥伍温溫";

/// A person: surname (and one or two given-name characters) with a form of
/// address, or 老/小/阿 and a surname.
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:[{SURNAMES}]\p{{Han}}{{0,2}}?(?:先生|女士|小姐|太太|伯伯|叔叔|阿姨|婆婆|爷爷|爺爺|奶奶|公公|伯母|大爷|大爺|大妈|大媽)|[老阿][{SURNAMES}](?:伯|叔|姨|婆|公)?)"
    ))
    .unwrap()
});

/// The person is staff, or acts for the practice: "张医生" is Dr Zhang.
static STAFF_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:是|为|為)?(?:我们的|我們的)?(?:医生|醫生|医师|醫師|护士|護士|治疗师|治療師|物理治疗师|老师|老師|教练|教練|主任|院长|院長|博士|志愿者|志願者)").unwrap()
});

/// An age in years, or care: surgery, fractures, joints, rehabilitation,
/// a hospital stay, dialysis, cancer treatment, a stroke, a follow-up.
static CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}\s*[岁歲]|手术|手術|开刀|開刀|骨折|关节|關節|置换|置換|康复|康復|复健|復健|住院|出院|透析|洗肾|洗腎|化疗|化療|放疗|放療|中风|中風|癌|糖尿病|确诊|確診|复诊|複診|截肢|心脏病|心臟病|失智|痴呆").unwrap()
});

/// Japanese kana: the text is Japanese, not Chinese.
fn japanese(t: &str) -> bool {
    t.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))
}

/// Report each Chinese form of a person in a paragraph that tells an age or
/// care, unless the form is a clinician's title.
pub(super) fn check(segs: &Segments, out: &mut Vec<Finding>) {
    for s in &segs.segs {
        let t = &s.text;
        if !t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || japanese(t) || !CARE.is_match(t) {
            continue;
        }
        for m in PERSON.find_iter(t) {
            if STAFF_AFTER.is_match(&t[m.end()..]) {
                continue;
            }
            out.push(
                finding(
                    "phi/name",
                    Severity::Error,
                    segs.pos(s, m.start()),
                    format!(
                        "person name {} beside an age or care in Chinese: naming a patient discloses PHI; remove or anonymise it, or add a signed `authorization` covering `name` if this is a consented story",
                        quote(m.as_str())
                    ),
                )
                .about(m.as_str()),
            );
        }
    }
}
