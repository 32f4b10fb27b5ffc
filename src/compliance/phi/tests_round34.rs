//! Round 34 of issue 9 (twenty-first session): from the misses and false
//! alarms of case set Y (a neurology and memory centre serving Punjabi,
//! Arabic, Tamil, Portuguese and Tagalog speakers, seen after its blind
//! score) and of real sites. Patients named in Gurmukhi, Arabic and Tamil;
//! record numbers and birth dates after labels of those languages and of
//! Portuguese; people enrolled in a memory clinic ("who sees Dr. …",
//! "(memory clinic, Tuesdays)"); a relative whose own clause tells our
//! care; a drug one person started; a prescription labelled for someone;
//! image file names and slugs joining a name to a test or a condition;
//! review replies about an EEG, a mother's assessment, a health card at
//! check-in, in Portuguese, Punjabi and Arabic. And the false alarms: a
//! Portuguese privacy sentence, "whether someone is our patient" in
//! Punjabi, brands in buying guides, a slug naming the page's own subject.
//! Each rule has a counterpart; every person and number is fictitious.

use super::tests::{caught, guard_flagged as flagged, reply, rules, run, with_field};

#[test]
fn patients_in_scripts_without_capitals() {
    for body in [
        "ਸਾਡੀ ਮਰੀਜ਼ ਸੁਖਵਿੰਦਰ ਕੌਰ (69 ਸਾਲ, ਮਾਲਟਨ) ਨੂੰ ਪਿਛਲੇ ਸਾਲ ਅਲਜ਼ਾਈਮਰ ਰੋਗ ਦੀ ਪਛਾਣ ਹੋਈ।\n",
        "مريضنا كريم الساعدي، 58 عامًا، تم تشخيصه بالتصلب المتعدد في عيادتنا.\n",
        "எங்கள் நோயாளி திரு. முருகேசன் (72) DBS சரிசெய்தலுக்குப் பிறகு இனிப்பு கொண்டு வந்தார்.\n",
    ] {
        assert!(caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
    for body in [
        // Staff by title or role, a public figure, and a privacy sentence.
        "ਸਾਡਾ ਯਾਦਦਾਸ਼ਤ ਕਲੀਨਿਕ ਡਾ. ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਚਲਾਉਂਦੇ ਹਨ; ਦਵਾਈ ਬਾਰੇ ਪੁੱਛੋ।\n",
        "شُخّص الملاكم الشهير محمد علي بمتلازمة باركنسون عام 1984.\n",
        "ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਅਸੀਂ ਇਹ ਵੀ ਨਹੀਂ ਦੱਸ ਸਕਦੇ ਕਿ ਕੋਈ ਸਾਡਾ ਮਰੀਜ਼ ਹੈ ਜਾਂ ਨਹੀਂ।\n",
    ] {
        assert!(!caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

#[test]
fn labels_of_more_languages() {
    for (body, rule) in [
        ("> الاسم: نادين · رقم الملف الطبي: RBX-0042917\n", "phi/record-number"),
        ("> ਸਿਹਤ ਕਾਰਡ ਨੰਬਰ: 7712 448 190 KT\n", "phi/id-number"),
        ("> Nome: Sra. Alda Peixoto · Cartão de saúde: 9183 664 207 BQ\n", "phi/id-number"),
        ("ਪਰਮਜੀਤ ਕੌਰ (ਜਨਮ ਮਿਤੀ: 14-06-1948) ਨੇ ਪ੍ਰੋਗਰਾਮ ਪੂਰਾ ਕੀਤਾ।\n", "phi/date"),
    ] {
        let f = run("news", body);
        assert!(f.iter().any(|x| x.rule == rule), "{body:?}: {:?}", rules(&f));
    }
    // The labels alone, as a form explains them, are no one's.
    assert!(!caught("ਫ਼ਾਰਮ ਉੱਤੇ ਆਪਣਾ ਸਿਹਤ ਕਾਰਡ ਨੰਬਰ ਅਤੇ ਜਨਮ ਮਿਤੀ ਲਿਖੋ।\n"));
    assert!(!caught("Traga o seu cartão de saúde a cada consulta.\n"));
}

#[test]
fn enrolled_in_our_clinic() {
    for body in [
        "Top fundraiser: the Navigators, who walked for Tarsem Ghuman, who has been coming to our memory clinic since 2022.\n",
        "Preet told the group how her mother Jaswant, who sees Dr. Okoro in our memory clinic, now uses a pill organiser.\n",
        "Gurcharan (memory clinic, Tuesdays) dancing with his granddaughter.\n",
        "Team Silveira cheering on Dulce, three years relapse-free since starting treatment in our MS clinic.\n",
        "Found in chair 4: a tote bag with a prescription bottle labelled for Wilhelmina Osei, and an umbrella.\n",
        "Thanks to Mr. Desmond Achterberg, whose own DBS surgery in 2024 inspired his gift.\n",
        "Uncle Balwinder sang for us on Tuesday. His daughter says his memory has held steady since he started donepezil.\n",
        "Congratulations to \"Tinku\" Sandhu, who did his stroke rehab with us and still hit three sixes.\n",
        "A Dona Odete contou que o marido, o Sr. Arlindo, agora vem às terças à nossa clínica da memória.\n",
    ] {
        assert!(caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
    for body in [
        // Staff tenure, a club named before the next verb, donors beside
        // the lab they built.
        "Dr. Mehta has been with our clinic since 2009 and leads the memory program.\n",
        "He tore his hip playing rugby for Marquette, had it repaired, and became a physiotherapist.\n",
        "The donor wall thanks Dr. Anand and Kavitha Ramaswamy, whose gifts built the EEG lab in 2014.\n",
    ] {
        assert!(!caught(body), "{body:?}: {:?}", rules(&run("news", body)));
    }
}

#[test]
fn ages_file_names_and_slugs() {
    let f = run("news", "A 93-year-old retired pharmacist from Streetsville was referred with episodes of staring; EEG showed seizures.\n");
    assert!(f.iter().any(|x| x.rule == "phi/age"), "{:?}", rules(&f));
    assert!(caught("![Axial FLAIR MRI of periventricular lesions](/images/harjot-virk-mri-flair.png)\n"));
    assert!(caught("![A tablet beside an exam chair](/images/amrit-kahlon-dbs-programming.png)\n"));
    assert!(caught("![Boxing class](/images/boxing.png \"Kuldip Atwal, 71, who has Parkinson's, sparring at Thursday class\")\n"));
    let slug = with_field("slug", "rosalind-pereira-ms-fatigue-diary", "Fatigue affects most people with MS. Plan rests and keep cool.\n");
    assert!(flagged(&slug), "{:?}", rules(&slug));
    // A slug naming the page's own public subject, a bottle by a brand's
    // name, and a teaching image named by its finding.
    let told = with_field("slug", "lou-gehrig-and-als", "Lou Gehrig's farewell speech in 1939 made ALS known to the world.\n");
    assert!(!flagged(&told), "{:?}", rules(&told));
    assert!(!caught("![Bottle](/uploads/echo-flask-is-gary-breckas-hydrogen-water-bottle-recommendation.jpg)\n"));
    assert!(!caught("![Axial FLAIR MRI](/images/dawson-fingers-mri-flair.png)\n"));
    assert!(!caught("The Echo Hydrogen Pitcher offers an entry point at $499, and the Kala Pro panel costs more after treatment.\n"));
}

#[test]
fn review_replies_of_round_34() {
    for (body, who) in [
        ("Thank you, Omar! We're so glad your EEG went smoothly.\n", "Omar S."),
        ("Ravi, we're sorry the wait for your mother's memory assessment felt so long.\n", "Ravi K."),
        ("We're sorry our front desk asked for your health card twice at check-in.\n", "J. P."),
        ("Thank you for bringing your husband to every Memory Café this year!\n", "Lorna"),
        ("Olá Carla, ficamos contentes por a sua infusão de quinta-feira ter corrido bem.\n", "Carla M."),
        ("ਜਤਿੰਦਰ ਜੀ, ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਪਿਤਾ ਜੀ ਦੀ ਦਵਾਈ ਬਦਲਣ ਤੋਂ ਬਾਅਦ ਉਹ ਬਿਹਤਰ ਹਨ।\n", "Jatinder S."),
        ("أهلًا حسن، نأسف لتأخر نتيجة تخطيط الدماغ الخاص بك.\n", "Hasan"),
    ] {
        let f = reply(body, who);
        assert!(f.iter().any(|x| x.rule.starts_with("reply/")), "{body:?}: {:?}", rules(&f));
    }
    for (body, who) in [
        (
            "Obrigado pelo seu comentário, Fernando. A lei não nos permite falar sobre a saúde de ninguém, nem confirmar se alguém é nosso paciente.\n",
            "Fernando",
        ),
        ("ਤੁਹਾਡੇ ਸੁਝਾਅ ਲਈ ਧੰਨਵਾਦ। ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਅਸੀਂ ਕਿਸੇ ਦੀ ਸਿਹਤ ਬਾਰੇ ਗੱਲ ਨਹੀਂ ਕਰ ਸਕਦੇ।\n", "Kulwant S."),
        ("Many patients ask what to bring: your health card and a list of your medicines.\n", "Anon"),
    ] {
        let f = reply(body, who);
        assert!(!flagged(&f), "{body:?}: {:?}", rules(&f));
    }
}
