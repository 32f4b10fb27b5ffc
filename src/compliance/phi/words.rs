//! Word lists used by the name detector. All lowercase.

use std::collections::HashSet;
use std::sync::LazyLock;

fn set(s: &'static str) -> HashSet<&'static str> {
    s.split_whitespace().collect()
}

/// Common English words: a capitalised one (sentence start, heading, title
/// case) is not a name, unless it is also a known first name in first position.
pub(super) static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("a about above after again against all almost also although always am among an and another any
    anyone anything are around as ask at away back be because become been before being below best better
    between both but by call can cannot care come could day days dear did do does doing done down during each
    early either else even ever every everyone everything few first for from get give go going good great
    had has have having he her here hers herself him himself his home hope how however i if in into is it
    its just keep know last later least less let like little long look made make many may me meet more most
    much must my never new next no nor not now of off often old on once one only or other our ours out over
    own please plus read ready really right same see she should since so some soon start still such sure
    take than thank thanks that the their them then there these they this those though through to today
    together too under until up upon us use very wait want was we well were what when where whether which
    while who whom whose why will with within without would yes yet you your yours yourself
    congratulations congrats welcome happy hi hello hey note tip tips step steps learn find join bring arrive
    plan stay avoid schedule tell remember check ring way thank dear sincerely best regards cheers warmly
    our team staff patient patients family families friends community parents kids children adults women
    men people everyone anyone someone nobody neighbors thanksgiving christmas easter holiday holidays
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december spring summer fall autumn winter morning afternoon evening
    night week weekend month year years today tomorrow yesterday tonight news update updates story stories
    question questions answer answers faq contact us about services service hours location locations
    appointment appointments visit visits office phone fax email address directions parking insurance
    billing payment payments forms form policy policies privacy notice terms accessibility resources
    getting ready before after during walk-in walk in free new more read full learn about why what how
    who where when which important reminder reminders announcement announcing introducing meet celebrating
    celebrate celebrates proud persistence good great big small quick easy simple safe healthy healthier
    heart-healthy wellness raffle winner winners prize tech corner inside outside open closed closing
    nurse nurses doctor doctors physician physicians provider providers surgeon pharmacist front desk
    manager practice clinic medical medicine family primary care urgent emergency telehealth portal online
    flu covid vaccine vaccines shot shots screening screenings test tests testing results lab labs
    cancer heart blood pressure diabetes asthma health wellbeing mental dental vision hearing skin
    breast colon colorectal cervical lung prostate kidney liver bone joint knee hip back pain sleep
    weight nutrition diet exercise fitness stress anxiety depression allergy allergies cold sick sickness
    prior authorization wins win former late beloved in memoriam outbreak county city state national local public general")
});

/// Organisation, place, medical and role words: a capitalised sequence that
/// contains one is an organisation, place or program, not a person.
pub(super) static ORG: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("hospital hospitals clinic clinics center centre centers medical medicine health healthcare care
    plan plans mutual insurance assurance life group groups network partners associates association
    society foundation institute university college school academy board department dept agency office
    services service program programs project fund trust company inc llc corp corporation co ltd pllc pc
    county city town village state states national federal american united united states america u.s
    general memorial regional community children's childrens st saint mercy baptist methodist presbyterian
    lutheran catholic adventist kaiser permanente aetna cigna humana anthem blue cross shield
    unitedhealthcare tricare medicare medicaid advantage chip cdc fda nih who hhs cms ocr hipaa oregon
    street avenue road lane drive boulevard court way place terrace circle parkway highway trail loop
    square park river lake mount mountain valley creek hill hills heights north south east west northern
    southern eastern western upper lower central downtown uptown fair festival walk run marathon race day
    week month awareness campaign drive clinic pharmacy lab laboratory labs imaging radiology urgent
    emergency family pediatrics pediatric obstetrics gynecology cardiology oncology orthopedics dermatology
    neurology psychiatry dental dentistry vision eye ear nose throat women's womens men's mens senior
    seniors heart cancer diabetes stroke lung kidney breast prostate colon disease syndrome disorder
    vaccine vaccines covid covid-19 influenza flu hpv rsv mmr tdap shingles pneumonia measles
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas thanksgiving easter halloween memorial labor
    independence veterans new year's years eve google yelp facebook instagram healthgrades zocdoc vitals
    twitter linkedin youtube tiktok apple android iphone epic mychart cerner portal telehealth zoom
    doctor doctors nurse nurses team staff award awards prize raffle committee council commission
    coalition alliance initiative guide guidelines handbook report survey study journal times post
    tribune gazette herald news press radio tv channel magazine book chapter section part unit wing
    floor suite room building campus")
});

/// Public roles: a name right after one of these is an official, not a patient.
pub(super) static ROLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("officer director mayor commissioner senator governor secretary president chair chairman
    chairwoman chairperson chief professor representative rep councilmember councilman councilwoman
    spokesperson spokesman spokeswoman coordinator ceo cfo coo cmo superintendent sheriff judge
    administrator epidemiologist researcher author reporter editor minister pastor reverend rev
    congressman congresswoman speaker surgeon-general dean principal founder")
});

/// Honorifics that introduce a (possibly patient) surname.
pub(super) static HONORIFICS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("mr mrs ms miss mx master"));

/// Clinician honorifics and credentials: a name carrying one is a clinician.
pub(super) static CLINICIAN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("dr doctor md do rn np pa pa-c fnp fnp-c dnp aprn cnm crna lpn lvn dds dmd od dpm phd psyd lcsw
    lmft lpc pt dpt ot rd facp faafp faap facs bsn msn mph mba cna ma rph pharmd")
});

/// Placeholder surnames (Jane Doe, John Roe) that are never real people.
pub(super) static PLACEHOLDER_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("doe roe smith-doe public sample example placeholder"));

/// Common first names (US, mixed origins): a capitalised token here is a
/// name even if it is also a common word (Grace, Mark, Will, Rose, June).
pub(super) static FIRST_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set("aaron abigail adam adrian aisha alan albert alex alexander alexandra alice alicia allison amanda
    amber amelia amy ana andrea andrew angela anna anne annie anthony april arthur ashley austin ava
    barbara benjamin beth betty beverly bill billy bob bobby brandon brenda brian brittany bruce bryan
    carl carlos carmen carol caroline carolyn catherine charles charlie charlotte cheryl chloe chris
    christina christine christopher cindy claire cody connor craig crystal cynthia dale daniel danielle
    david dawn debbie deborah debra denise dennis derek diana diane donald donna doris dorothy douglas
    dylan earl edith edna edward eileen elaine eleanor elena elijah elizabeth ella ellen emily emma eric
    erica ethan eugene evelyn frances frank fred gabriel gary george gerald gina gladys gloria grace greg
    gregory hannah harold harry heather helen henry holly howard ian isaac isabella jack jacob jacqueline
    james jamie jane janet janice jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jill jim
    jimmy joan joe joel john johnny jon jonathan jordan jose joseph joshua joy joyce juan judith judy
    julia julie june justin karen kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim
    kimberly kyle larry laura lauren lawrence leah lee leo leslie lillian linda lisa liam logan lori
    louis louise lucas lucy luis madison margaret maria marie marilyn mark martha martin mary mason
    matthew megan melissa michael michelle mike mildred nancy natalie nathan nicholas nicole noah norma
    olivia oscar pamela pat patricia patrick paul paula peggy peter philip phyllis rachel ralph randy
    ray raymond rebecca richard rick rita robert robin roger ron ronald rose roy ruby russell ruth ryan
    sally samantha samuel sandra sara sarah scott sean sharon shirley sophia stephanie stephen steve
    steven susan tammy teresa terry theresa thomas tiffany tim timothy tina todd tom tony tracy tyler
    victor victoria vincent virginia walter wanda wayne wendy william willie will zachary zoe
    ahmed ali fatima mohammed muhammad omar priya raj ravi anil sanjay deepa arjun mei wei li jun yuki
    hiroshi kenji sofia mateo diego camila valentina lucia javier alejandro miguel rosa guadalupe
    jamal darnell latoya keisha tyrone malik aaliyah imani dana marcus tom gerald walter")
});

/// Is this (lowercase) word one a capitalised token should not be taken as a name for?
pub(super) fn is_common(w: &str) -> bool {
    COMMON.contains(w) || ORG.contains(w)
}
