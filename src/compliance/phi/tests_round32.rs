//! Round 32 of issue 9 (nineteenth session): from the misses of case set
//! W, seen after its blind score: patients named in Japanese and Korean
//! (and identifier and birth-date labels in those languages and in
//! Tagalog), review replies in Japanese and Korean, Tagalog and Ilocano
//! care words, a case report's "presented with", a "subject" or "Hosp #"
//! number, a clinician's "I saw Mrs. …", "(age 3, …)" after a first name,
//! someone's own home beside care; and five false alarms: a therapy dog's
//! birthday, a lift repaired in a review reply, a recruiter's number, a
//! staff member's short name on her own page and the place she grew up.
//! Each rule has a counterpart that must stay as it was; every person and
//! number is fictitious.

use super::Field;
use super::tests::{page_of, reply, rules, run};

fn has(body: &str, rule: &str) -> bool {
    run("news", body).iter().any(|x| x.rule == rule)
}

fn flagged(f: &[super::Finding]) -> bool {
    f.iter().any(|x| x.rule.starts_with("phi/") || x.rule.starts_with("consent/") || x.rule.starts_with("reply/"))
}

fn clean(body: &str) -> bool {
    !flagged(&run("news", body))
}

/// Japanese and Korean write a patient as a surname (and given name) with
/// 様, さん or 님, beside an age or care words.
#[test]
fn japanese_and_korean_patients_beside_care() {
    for body in [
        "先月、ホノルル在住の田中一郎さん（93歳）が、補聴器を合わせてもらいました。\n",
        "> — 山田 花子 様（82歳・マキキ在住）、白内障手術を受けて\n",
        "小林 トシ子 様、100歳のお誕生日おめでとうございます！トシ子さんは20年以上、当院の緑内障外来に通院されています。\n",
        "午後は、Waiʻalae にお住まいの Kimura-san が術後検診にいらしてくださいました。\n",
        "김영희 님(68세, 카이무키 거주)께서 백내장 수술 후 보내주신 편지를 소개합니다.\n",
    ] {
        assert!(has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: a clinician's title (医師, 先生, 원장), staff named by
/// their role, titles such as 선생님 and 손님, a population's ages, and a
/// name with no care told.
#[test]
fn japanese_and_korean_staff_titles_and_populations_stay_clean() {
    for body in [
        "ラグナタン医師が緑内障の手術を担当します。\n",
        "看護師の田中さんが手術の前に説明いたします。\n",
        "当院では90歳以上の方も毎年多く手術を受けておられます。\n",
        "山田様、レビューをありがとうございました。\n",
        "박준서 원장은 콘택트렌즈와 백내장 수술 상담을 전문으로 합니다.\n",
        "선생님과 손님 모두 수술 전에 손을 씻으세요.\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// Identifier and birth-date labels in Japanese, Korean and Tagalog.
#[test]
fn cjk_and_tagalog_identifier_and_birth_labels() {
    for (body, rule) in [
        ("診察券番号 004471 の鈴木様、お忘れ物をお預かりしております。\n", "phi/record-number"),
        ("환자번호: 2207815 님의 안경을 보관하고 있습니다.\n", "phi/record-number"),
        ("Isang sulat mula kay G. Danilo Macaraeg (petsa ng kapanganakan: Marso 3, 1950).\n", "phi/date"),
        ("生年月日：1950年3月3日\n", "phi/date"),
    ] {
        assert!(has(body, rule), "{body:?}: {:?}", rules(&run("news", body)));
    }
    for body in ["診察券をお持ちください。\n", "生年月日をご記入ください。\n", "Ipinanganak ang klinika noong 1968.\n"]
    {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// A reply in Japanese or Korean that tells the reviewer's own surgery,
/// results or next booking confirms they are a patient; a reply that
/// says it cannot discuss anyone's care, or only thanks, does not.
#[test]
fn cjk_review_replies() {
    let confirm = [
        "温かいレビューをありがとうございます。先日の緑内障レーザー手術の後、眼圧が安定しているとのこと、何よりです。\n",
        "좋은 리뷰 감사합니다. 지난주 안구건조증 검사 결과가 많이 좋아져서 저희도 기쁩니다.\n",
    ];
    for body in confirm {
        assert!(reply(body, "Sato").iter().any(|f| f.rule == "reply/confirms-patient"), "{body:?}: {:?}", rules(&reply(body, "Sato")));
    }
    for body in [
        "レビューをありがとうございます。個人情報保護のため、診療内容についてはお答えできません。お電話でご連絡ください。\n",
        "좋은 리뷰 감사합니다. 개인정보 보호를 위해 진료 내용은 말씀드릴 수 없습니다.\n",
    ] {
        assert!(!flagged(&reply(body, "Sato")), "{body:?}: {:?}", rules(&reply(body, "Sato")));
    }
}

/// Tagalog and Ilocano tell one person's care: "your check-up", "had
/// laser done", "comes to our glaucoma clinic", "injected my eye".
#[test]
fn tagalog_and_ilocano_care_beside_a_name() {
    for body in [
        "Ginang Corazon Villanueva, naiwan po ninyo ang inyong salamin pagkatapos ng inyong check-up noong Martes.\n",
        "Nagdiwang ng kaarawan si Lolo Andoy ng Kalihi, na halos dalawampung taon nang pumupunta sa aming glaucoma clinic.\n",
        "> \"Idi napan a tawen, dandanin agbulsek ti matak. Binulan-bulan a tinurokanna ti matak.\"\n>\n> — Apo Lakay Feliciano Ramil, Kalihi\n",
    ] {
        assert!(has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
    assert!(clean("Maligayang pagdating sa aming klinika! Tumawag sa front desk para sa inyong appointment.\n"));
}

/// English frames of round 32: a case report's "presented … with" beside
/// an age over 89, a "subject" number, a "Hosp #" in a table, a
/// clinician's "I saw Mrs. …", "(age 3, …)" after a first name with care,
/// and someone's own home address beside their care.
#[test]
fn case_reports_subject_numbers_consultations_and_homes() {
    for (body, rule) in [
        (
            "Feldman N. Optic neuropathy after a sting: a 95-year-old woman who presented in August 2025 with painless vision loss.\n",
            "phi/age",
        ),
        ("The milestone participant, subject 01-0100, enrolled on November 3, 2026.\n", "phi/record-number"),
        ("| Date | Case |\n| --- | --- |\n| Sep 4 | Bilateral CRAO — Hosp # 700-41-882 |\n", "phi/record-number"),
        ("Last Tuesday I saw Mrs. Ueki, who had been using redness-relief drops for three years.\n", "phi/name"),
        ("Shout-out to our little friend Ikaika (age 3, the cutest pirate), who wore his patch for his lazy eye all summer.\n", "phi/name"),
        (
            "The potluck is hosted by the Kauhane family, whose twins received their implants here, at their home, 45-118 Lilipuna Road.\n",
            "phi/address",
        ),
    ] {
        assert!(has(body, rule), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// The counterparts: an award "presented", a subject with no number, a
/// hospital's floor number, "I saw" a film, an age in a job title, and the
/// practice's own new home.
#[test]
fn the_english_frames_counterparts() {
    for body in [
        "A 95-year-old volunteer, Dot, was presented with a certificate for her 2,000 hours.\n",
        "Participants are paid $50 per visit; subject to approval by the board.\n",
        "I saw Mrs. Doubtfire with my kids last weekend. Great film!\n",
        "Our new hire Ikaika (age 3 years in the job) loves surfing.\n",
        "Our new home, 45 Lilipuna Road, opens in May with a larger surgery suite.\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// False alarms of set W: a therapy dog's birthday, a repaired lift in a
/// review reply, a number given as the recruiter's.
#[test]
fn a_dogs_birthday_a_repaired_lift_and_a_recruiters_number() {
    assert!(clean("Kona is a five-year-old yellow Labrador, born on April 1, 2021, and a certified therapy dog.\n"));
    assert!(clean("Apply online, or call our recruiter, Shayna Kahalekai, at 808-555-0174.\n"));
    let body = "Thanks for letting us know about the garage elevator, Dwayne. It was out of service for parts and was repaired on Monday, and we have added a sign by the stairwell.\n";
    assert!(!flagged(&reply(body, "Dwayne H.")), "{:?}", rules(&reply(body, "Dwayne H.")));
    // The counterpart: a person's birthday and a reviewer's repaired tooth.
    assert!(has("Our patient Edna Voss was born on April 1, 1941, and had her hip replaced here.\n", "phi/date"));
    let tooth = "Glad the chipped tooth was repaired on Monday, Dwayne.\n";
    assert!(flagged(&reply(tooth, "Dwayne H.")), "{:?}", rules(&reply(tooth, "Dwayne H.")));
}

/// A staff member's short name on her own page ("Lani" for Leilani) and
/// where she grew up are no patient.
#[test]
fn a_short_name_and_a_hometown_on_a_staff_page() {
    let title = vec![Field { key: "title", value: "Leilani Kaʻaihue, RN, CNOR", line: 2, column: 8 }];
    let body = "Lani is the one who will call you the night before your surgery to go over your eye drops.\n";
    let f = page_of("team", body, 6, title);
    assert!(!flagged(&f), "{:?}", rules(&f));
    let body = "Dr. Kawika Nakoa was born at Hilo Medical Center and grew up in Keaukaha, where he had his first eye exam.\n";
    assert!(!flagged(&run("team", body)), "{:?}", rules(&run("team", body)));
}

/// An image whose file name joins a person's name with care, or a
/// clinical record with a date, publishes both wherever the image goes.
#[test]
fn image_file_names_that_name_a_patients_care() {
    for body in [
        "![Example audiogram](/images/tips/audiogram-tomasi-fifita-2025-11-03.png)\n",
        "<img src=\"/images/news/before-after-ptosis-makanani-akana-2025-03.png\" alt=\"A result\">\n",
        "![The pool](/images/maureen-kettle-hip-rehab-pool.jpg)\n",
        "![Welcome](/images/baby-hendricks-2026-10-02.jpg)\n",
    ] {
        assert!(has(body, "phi/name"), "{body:?}: {:?}", rules(&run("news", body)));
    }
    // A record with no name, a name with no care, a headshot, and a slug
    // or a link, which the page's text decides.
    for body in [
        "![Example audiogram](/images/tips/audiogram-example-left-ear-2025-11.png)\n",
        "![Kona](/images/news/kona-labrador-2026-02.png)\n",
        "![Dr. Smith](/images/team/maureen-kettle-headshot.jpg)\n",
        "Read [how we screen](/events/hearing-screening-ala-moana-2025-11/).\n",
    ] {
        assert!(clean(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

/// Raw HTML keeps the text of its text attributes (alt, title) and drops
/// sizes and classes, which joined a caption's sentence as numbers.
#[test]
fn raw_html_keeps_text_attributes_only() {
    let t = super::segments::strip_tags("<img src=\"/a.png\" class=\"wide\" alt = \"Dr. Park\" width=\"1200\" height='630'>");
    assert!(t.contains("Dr. Park"), "{t:?}");
    assert!(!t.contains("1200") && !t.contains("630") && !t.contains("wide") && !t.contains("/a.png"), "{t:?}");
    assert_eq!(t.len(), "<img src=\"/a.png\" class=\"wide\" alt = \"Dr. Park\" width=\"1200\" height='630'>".len());
    let body = "<figure>\n  <img src=\"/images/s.png\" alt=\"A photoscreener\" width=\"1200\" height=\"630\">\n  <figcaption>Dr. Park checks the eyes of Tupou Vainikolo, 7, who was referred for glasses after the screening.</figcaption>\n</figure>\n";
    assert!(has(body, "phi/name"), "{:?}", rules(&run("news", body)));
}

/// A consented story whose own subject is no hit ("Joseph \"Uncle Joe\"
/// Kaʻawa, 70, had …") still covers only its subject: another person named
/// with their own surgery is reported, though that person is the page's
/// only hit. The story's first sentence and signature say who it is about.
#[test]
fn another_patient_in_a_story_whose_subject_is_no_hit() {
    let body = "Joseph \"Uncle Joe\" Kaʻawa, 70, had never been to an eye doctor when a grey curtain came down over his\nright eye. By Monday Dr. Agustin was repairing his detached retina.\n\n\"What got me through was my old friend Uncle Sam Kealamakia from church, who'd had the same surgery\nwith Dr. Agustin the week before.\"\n";
    let f = super::tests_round4::story(&["name", "quote", "condition"], false, body);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    // The counterpart: the same story about its subject alone.
    let own = "Joseph \"Uncle Joe\" Kaʻawa, 70, had never been to an eye doctor. By Monday Dr. Agustin was repairing his detached retina, and Joseph Kaʻawa is home.\n";
    let f = super::tests_round4::story(&["name", "quote", "condition"], false, own);
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}

/// A signed story that names its subject in full (here in the signature)
/// and another patient by first name beside a patient cue: the first name
/// is someone else. The subject's own first name stays covered.
#[test]
fn a_first_name_beside_care_in_a_signed_story_is_someone_else() {
    let body = "> \"My breast cancer treatment was on Tuesdays, and so was my chemo buddy\n> Darlene Yoder's, in the chair next to mine. Darlene died in May, and I still save her a chair.\"\n>\n> — Priscilla Vandermolen, Hutchinson\n";
    let f = super::tests_round4::story(&["name", "quote", "condition"], false, body);
    assert!(f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
    let own = "> \"My breast cancer treatment was on Tuesdays. Priscilla, the nurses said, you are done!\"\n>\n> — Priscilla Vandermolen, Hutchinson\n";
    let f = super::tests_round4::story(&["name", "quote", "condition"], false, own);
    assert!(!f.iter().any(|x| x.rule == "phi/name"), "{:?}", rules(&f));
}
