//! The schema.org vocabulary `site.toml` may use: `[practice] type` (a
//! medical organisation type) and `specialties` (MedicalSpecialty values),
//! with a "did you mean" for what people write instead ("Dental Office",
//! "Teeth").

/// schema.org types for a medical practice: MedicalOrganization and its
/// subtypes, and the MedicalBusiness subtypes a practice can be.
pub const ORGANIZATION_TYPES: &[&str] = &[
    "MedicalOrganization",
    "MedicalClinic",
    "Physician",
    "IndividualPhysician",
    "PhysiciansOffice",
    "Dentist",
    "Hospital",
    "Pharmacy",
    "DiagnosticLab",
    "VeterinaryCare",
    "CovidTestingFacility",
    "MedicalBusiness",
    "CommunityHealth",
    "Dermatology",
    "DietNutrition",
    "Emergency",
    "Geriatric",
    "Gynecologic",
    "Midwifery",
    "Nursing",
    "Obstetric",
    "Oncologic",
    "Optician",
    "Optometric",
    "Otolaryngologic",
    "Pediatric",
    "Physiotherapy",
    "PlasticSurgery",
    "Podiatric",
    "PrimaryCare",
    "Psychiatric",
    "PublicHealth",
];

/// The values of schema.org's MedicalSpecialty enumeration.
pub const SPECIALTIES: &[&str] = &[
    "Anesthesia",
    "Cardiovascular",
    "CommunityHealth",
    "Dentistry",
    "Dermatology",
    "DietNutrition",
    "Emergency",
    "Endocrine",
    "Gastroenterologic",
    "Genetic",
    "Geriatric",
    "Gynecologic",
    "Hematologic",
    "Infectious",
    "LaboratoryScience",
    "Midwifery",
    "Musculoskeletal",
    "Neurologic",
    "Nursing",
    "Obstetric",
    "Oncologic",
    "Optometric",
    "Otolaryngologic",
    "Pathology",
    "Pediatric",
    "PharmacySpecialty",
    "Physiotherapy",
    "PlasticSurgery",
    "Podiatric",
    "PrimaryCare",
    "Psychiatric",
    "PublicHealth",
    "Pulmonary",
    "Radiography",
    "Renal",
    "RespiratoryTherapy",
    "Rheumatologic",
    "SpeechPathology",
    "Surgical",
    "Toxicologic",
    "Urologic",
];

/// Everyday words for a kind of practice, and its schema.org type. The
/// first that matches wins, so the words for a kind of care come before the
/// generic ones at the end ("Physical Therapy Clinic" is Physiotherapy).
const TYPE_WORDS: &[(&str, &str)] = &[
    ("dental", "Dentist"),
    ("dentist", "Dentist"),
    ("orthodont", "Dentist"),
    ("teeth", "Dentist"),
    ("pharmac", "Pharmacy"),
    ("lab", "DiagnosticLab"),
    ("vet", "VeterinaryCare"),
    ("animal", "VeterinaryCare"),
    ("eye", "Optometric"),
    ("optometr", "Optometric"),
    ("physical therap", "Physiotherapy"),
    ("physio", "Physiotherapy"),
    ("physicaltherap", "Physiotherapy"),
    ("veterin", "VeterinaryCare"),
    ("pediatric", "Pediatric"),
    ("children", "Pediatric"),
    ("skin", "Dermatology"),
    ("dermat", "Dermatology"),
    ("mental", "Psychiatric"),
    ("psych", "Psychiatric"),
    ("foot", "Podiatric"),
    ("podiat", "Podiatric"),
    ("women", "Gynecologic"),
    ("ob/gyn", "Obstetric"),
    ("obgyn", "Obstetric"),
    ("midwi", "Midwifery"),
    ("cancer", "Oncologic"),
    ("ear", "Otolaryngologic"),
    ("hospital", "Hospital"),
    ("doctor", "Physician"),
    ("physician", "Physician"),
    ("family", "MedicalClinic"),
    ("clinic", "MedicalClinic"),
    ("urgent", "MedicalClinic"),
    ("health center", "MedicalClinic"),
];

/// Everyday words for a field of medicine, and its MedicalSpecialty.
const SPECIALTY_WORDS: &[(&str, &str)] = &[
    ("teeth", "Dentistry"),
    ("tooth", "Dentistry"),
    ("dental", "Dentistry"),
    ("dentist", "Dentistry"),
    ("orthodont", "Dentistry"),
    ("oral", "Dentistry"),
    ("family", "PrimaryCare"),
    ("general", "PrimaryCare"),
    ("primary", "PrimaryCare"),
    ("internal medicine", "PrimaryCare"),
    ("pediatric", "Pediatric"),
    ("paediatric", "Pediatric"),
    ("children", "Pediatric"),
    ("kids", "Pediatric"),
    ("heart", "Cardiovascular"),
    ("cardio", "Cardiovascular"),
    ("skin", "Dermatology"),
    ("dermat", "Dermatology"),
    ("physical therap", "Physiotherapy"),
    ("physio", "Physiotherapy"),
    ("physicaltherap", "Physiotherapy"),
    ("sport", "Musculoskeletal"),
    ("orthop", "Musculoskeletal"),
    ("bone", "Musculoskeletal"),
    ("mental", "Psychiatric"),
    ("psych", "Psychiatric"),
    ("eye", "Optometric"),
    ("vision", "Optometric"),
    ("optometr", "Optometric"),
    ("foot", "Podiatric"),
    ("feet", "Podiatric"),
    ("women", "Gynecologic"),
    ("gyn", "Gynecologic"),
    ("gynec", "Gynecologic"),
    ("gynaec", "Gynecologic"),
    ("pregnan", "Obstetric"),
    ("obstet", "Obstetric"),
    ("cancer", "Oncologic"),
    ("diabet", "Endocrine"),
    ("hormone", "Endocrine"),
    ("lung", "Pulmonary"),
    ("kidney", "Renal"),
    ("urolog", "Urologic"),
    ("nutrition", "DietNutrition"),
    ("diet", "DietNutrition"),
    ("ear", "Otolaryngologic"),
    ("ent", "Otolaryngologic"),
    ("elder", "Geriatric"),
    ("senior", "Geriatric"),
    ("geriatr", "Geriatric"),
    ("surg", "Surgical"),
    ("x-ray", "Radiography"),
    ("radiol", "Radiography"),
    ("speech", "SpeechPathology"),
    ("emergency", "Emergency"),
    ("urgent", "Emergency"),
    ("allerg", "Pulmonary"),
    ("neuro", "Neurologic"),
    ("stomach", "Gastroenterologic"),
    ("gastro", "Gastroenterologic"),
    ("midwi", "Midwifery"),
    ("nurs", "Nursing"),
];

/// The valid name `value` stands for: itself when it is one, else the
/// name a person probably meant (a spelling or spacing slip, or an
/// everyday word), as `Err(Some(name))`; `Err(None)` when nothing fits.
fn resolve(value: &str, valid: &'static [&'static str], words: &[(&str, &'static str)]) -> Result<(), Option<&'static str>> {
    if valid.contains(&value) {
        return Ok(());
    }
    let squashed: String = value.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    if let Some(v) = valid.iter().find(|v| v.to_lowercase() == squashed) {
        return Err(Some(v));
    }
    let lower = format!(" {} ", value.to_lowercase());
    // Whole words for the short ones ("ear", "ent"), prefixes otherwise.
    let hit = words.iter().find(|(w, _)| if w.len() <= 3 { lower.contains(&format!(" {w} ")) } else { lower.contains(w) });
    if let Some((_, v)) = hit {
        return Err(Some(v));
    }
    let lowered: Vec<String> = valid.iter().map(|v| v.to_lowercase()).collect();
    let best = crate::error::did_you_mean(&squashed, lowered.iter().map(String::as_str));
    Err(best.and_then(|b| valid.iter().find(|v| v.to_lowercase() == b).copied()))
}

/// Checks a `[practice] type`; the error is the suggestion, if any.
pub fn check_type(value: &str) -> Result<(), Option<&'static str>> {
    resolve(value.trim(), ORGANIZATION_TYPES, TYPE_WORDS)
}

/// Checks one `specialties` value; the error is the suggestion, if any.
pub fn check_specialty(value: &str) -> Result<(), Option<&'static str>> {
    resolve(value.trim(), SPECIALTIES, SPECIALTY_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_and_their_suggestions() {
        assert_eq!(check_type("Dentist"), Ok(()));
        assert_eq!(check_type("MedicalClinic"), Ok(()));
        assert_eq!(check_type("Dental Office"), Err(Some("Dentist")));
        assert_eq!(check_type("Medical Clinic"), Err(Some("MedicalClinic")));
        assert_eq!(check_type("Pediatrician"), Err(Some("Pediatric")));
        assert_eq!(check_type("Hospitall"), Err(Some("Hospital")));
        assert_eq!(check_type("Spa"), Err(None));
        // The kind of care wins over the generic word around it.
        assert_eq!(check_type("Physical Therapy Clinic"), Err(Some("Physiotherapy")));
        assert_eq!(check_type("Family Dental Clinic"), Err(Some("Dentist")));
        assert_eq!(check_type("Eye Clinic"), Err(Some("Optometric")));
        assert_eq!(check_type("Children's Clinic"), Err(Some("Pediatric")));
        assert_eq!(check_type("Family Doctor"), Err(Some("Physician")));
        assert_eq!(check_type("Walk-in clinic"), Err(Some("MedicalClinic")));
    }

    #[test]
    fn specialties_and_their_suggestions() {
        assert_eq!(check_specialty("Dentistry"), Ok(()));
        assert_eq!(check_specialty("Teeth"), Err(Some("Dentistry")));
        assert_eq!(check_specialty("primary care"), Err(Some("PrimaryCare")));
        assert_eq!(check_specialty("PhysicalTherapy"), Err(Some("Physiotherapy")));
        assert_eq!(check_specialty("Family Medicine"), Err(Some("PrimaryCare")));
        assert_eq!(check_specialty("ENT"), Err(Some("Otolaryngologic")));
        assert_eq!(check_specialty("Pediatrics"), Err(Some("Pediatric")));
    }
}
