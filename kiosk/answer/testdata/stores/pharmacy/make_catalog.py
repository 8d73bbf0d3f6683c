#!/usr/bin/env python3
"""Builds catalog.csv for the held-out pharmacy / drugstore test store.

usage: make_catalog.py [OUT.csv]      (default: catalog.csv beside this script)

The products are written by hand below (SPEC), one product line per row:

    Brand | product template | sizes | variants | options

  - brand: "$H" = the house brand (CVS Health), "$T" = Total Home (house brand for household),
    "$G" = Gold Emblem (house brand for food), "-" = no brand (generic item).
  - template: the rest of the shelf label. "{v}" marks where the variant goes and "{s}" where the
    size goes; without them the variant / size are appended after a comma.
  - sizes: "label=price; label=price" (a label may be empty: "=5.99").
  - variants: "a; b; c" (optional) - flavours, shades, strengths ...
  - options: "pick=N" keeps N of the variant x size combinations (seeded random choice);
    "@Zone" / "@Aisle 9 left" puts this line somewhere else than its section (last option).

Sections start with "## department / category @ place; place", where a place is
"Aisle N left|right" or a zone name ("Pharmacy counter", "Front end", "Coolers", "Seasonal").
Bays are numbered along each aisle side in the order the products appear.

Everything else - sku, GTIN (EAN-13 with a valid check digit, one company prefix per brand),
quantity (exactly 8% out of stock) - is synthesized from a fixed seed, so the output is
deterministic.
"""
import csv, math, os, random, re, sys

SEED = 20260412
HOUSE = {'$H': 'CVS Health', '$T': 'Total Home', '$G': 'Gold Emblem'}
OUT_OF_STOCK = 0.08
DROP_EXTRA = 0.5      # share of extra sizes/variants of a line that this store does not carry
SKU_DIGITS = 6

SPEC = r"""
## health / pain relief @ Aisle 2 left; Aisle 2 right
Advil | Ibuprofen 200 mg Coated Tablets | 24 ct=5.49; 50 ct=8.49; 100 ct=12.99; 200 ct=19.49
Advil | Liqui-Gels Ibuprofen 200 mg Liquid Filled Capsules | 20 ct=6.29; 80 ct=13.99; 160 ct=22.99
Advil | Dual Action with Acetaminophen Caplets | 18 ct=7.99; 72 ct=17.99
Motrin | IB Ibuprofen 200 mg Caplets | 24 ct=5.99; 100 ct=12.49
Tylenol | Extra Strength Caplets, 500 mg Acetaminophen | 24 ct=6.49; 100 ct=12.99; 225 ct=21.99
Tylenol | 8 HR Arthritis Pain Extended Release Caplets, 650 mg | 50 ct=10.49; 100 ct=15.99
Tylenol | Extra Strength Rapid Release Gels | 24 ct=7.49; 100 ct=14.49
Tylenol | PM Extra Strength Pain Reliever & Sleep Aid Caplets | 24 ct=7.99; 100 ct=15.99
Aleve | Naproxen Sodium 220 mg Caplets | 24 ct=6.49; 100 ct=12.99; 200 ct=19.99
Bayer | Aspirin Regimen Low Dose 81 mg Enteric Coated Tablets | 120 ct=9.99; 300 ct=15.99
Bayer | Genuine Aspirin 325 mg Coated Tablets | 100 ct=8.99
Excedrin | Extra Strength Pain Reliever Caplets | 24 ct=6.99; 100 ct=13.99
Excedrin | Migraine Pain Reliever Caplets | 24 ct=7.49; 100 ct=14.49
Goody's | Extra Strength Headache Powders | 24 ct=6.99
Midol | Complete Menstrual Pain Relief Caplets | 24 ct=7.99; 40 ct=10.99
$H | Ibuprofen 200 mg Tablets | 50 ct=4.99; 100 ct=7.49; 300 ct=13.99
$H | Extra Strength Acetaminophen 500 mg Caplets | 100 ct=6.99; 250 ct=11.99
$H | Naproxen Sodium 220 mg Tablets | 100 ct=8.99
$H | Low Dose Aspirin 81 mg Enteric Coated Tablets | 120 ct=4.49; 300 ct=8.99
$H | Arthritis Pain Relief Acetaminophen 650 mg Extended Release Caplets | 100 ct=9.99
Children's Tylenol | Pain + Fever Oral Suspension, 160 mg, {v} | 4 fl oz=8.99 | Cherry; Grape; Bubble Gum
Infants' Tylenol | Acetaminophen Oral Suspension, Grape | 2 fl oz=10.99
Children's Motrin | Ibuprofen Oral Suspension, {v} | 4 fl oz=8.49 | Berry; Bubble Gum
$H | Children's Pain & Fever Acetaminophen Oral Suspension, Cherry | 4 fl oz=5.49
$H | Children's Ibuprofen Oral Suspension, Berry | 4 fl oz=5.29
Salonpas | Pain Relieving Patch | 20 ct=8.99; 60 ct=13.99
Icy Hot | Maximum Strength Medicated Patch | 5 ct=8.49
Icy Hot | Original Pain Relief Cream | 3 oz=7.99
Bengay | Ultra Strength Pain Relieving Cream | 4 oz=9.99
Voltaren | Arthritis Pain Gel, 1% Diclofenac Sodium | 1.7 oz=11.99; 3.5 oz=19.99; 5.3 oz=26.99
Aspercreme | Odor Free Lidocaine Pain Relief Cream | 2.7 oz=10.99
ThermaCare | Lower Back & Hip Heat Wraps | 2 ct=7.99

## health / cold flu @ Aisle 1 left; Aisle 1 right
Vicks | NyQuil Cold & Flu Nighttime Relief LiquiCaps | 24 ct=12.49; 48 ct=19.99
Vicks | DayQuil Cold & Flu Daytime Relief LiquiCaps | 24 ct=12.49; 48 ct=19.99
Vicks | NyQuil Cold & Flu Nighttime Relief Liquid, Original | 12 fl oz=13.99
Vicks | DayQuil Severe Cold & Flu Liquid, Berry | 12 fl oz=14.49
Vicks | VapoRub Cough Suppressant Topical Ointment | 1.76 oz=7.99; 3.53 oz=11.49
Vicks | VapoInhaler Nasal Decongestant Inhaler | =5.99
Mucinex | 12 Hr Maximum Strength Extended-Release Bi-Layer Tablets | 14 ct=19.99; 28 ct=29.99
Mucinex | DM 12 Hr Expectorant & Cough Suppressant Tablets | 20 ct=19.49
Mucinex | Fast-Max Severe Congestion & Cough Caplets | 20 ct=12.99
Children's Mucinex | Chest Congestion Liquid, Very Berry | 4 fl oz=10.99
Robitussin | Maximum Strength Cough + Chest Congestion DM Liquid | 4 fl oz=11.49; 8 fl oz=15.99
Robitussin | Honey Cough + Chest Congestion DM Max Liquid | 8 fl oz=16.49
Delsym | 12 Hour Cough Relief Liquid, Orange | 3 fl oz=13.99; 5 fl oz=18.99
Theraflu | Nighttime Severe Cold & Cough Hot Liquid Powder, Honey Lemon | 6 ct=8.99
Alka-Seltzer Plus | Severe Cold & Flu Effervescent Tablets | 20 ct=9.49
Coricidin HBP | Cold & Flu Tablets for People with High Blood Pressure | 10 ct=7.99
Sudafed | PE Sinus Congestion Tablets | 18 ct=6.99
Sudafed | 12 Hour Nasal Decongestant Pseudoephedrine Tablets | 10 ct=9.99; 20 ct=14.99 | | @Pharmacy counter
Sudafed | 24 Hour Sinus Congestion Tablets | 10 ct=12.99 | | @Pharmacy counter
Afrin | Original 12 Hour Nasal Spray | 0.5 fl oz=8.99; 1 fl oz=11.99
Afrin | No Drip Severe Congestion Nasal Spray | 0.5 fl oz=9.99
Ocean | Saline Nasal Spray | 1.5 fl oz=4.99
NeilMed | Sinus Rinse Kit with 50 Premixed Packets | =14.99
Zicam | Cold Remedy RapidMelts, Cherry | 25 ct=12.99
Cold-EEZE | Cold Remedy Lozenges, Honey Lemon | 18 ct=9.99
Halls | Mentho-Lyptus Cough Drops | 30 ct=2.49; 80 ct=4.99
Halls | Relief Cherry Cough Drops | 30 ct=2.49
Ricola | Original Herb Cough Drops | 21 ct=2.99; 45 ct=4.79
Luden's | Wild Cherry Throat Drops | 30 ct=1.99
Chloraseptic | Max Sore Throat Spray, Wild Cherry | 6 fl oz=8.99
Cepacol | Extra Strength Sore Throat Lozenges, Cherry | 16 ct=6.49
Breathe Right | Extra Strength Nasal Strips, Tan | 26 ct=13.99
$H | Nighttime Cold & Flu Relief Softgels | 24 ct=7.99
$H | Daytime Cold & Flu Relief Softgels | 24 ct=7.99
$H | Mucus Relief Guaifenesin 600 mg Extended-Release Tablets | 20 ct=11.99; 40 ct=17.99
$H | Tussin DM Cough + Chest Congestion Liquid | 8 fl oz=8.99
$H | Nasal Decongestant PE Tablets | 36 ct=5.49
$H | 12 Hour Nasal Spray | 1 fl oz=6.49
$H | Saline Nasal Spray | 1.5 fl oz=3.49
$H | Honey Lemon Cough Drops | 80 ct=3.99
$H | Sore Throat Spray, Cherry | 6 fl oz=5.99

## health / allergy @ Aisle 3 left
Claritin | 24 Hour Non-Drowsy Allergy Tablets, 10 mg Loratadine | 10 ct=14.99; 30 ct=27.99; 70 ct=44.99
Children's Claritin | 24 Hour Non-Drowsy Allergy Chewables, Grape | 10 ct=12.99
Claritin-D | 12 Hour Allergy & Congestion Tablets | 10 ct=13.99 | | @Pharmacy counter
Zyrtec | 24 Hour Allergy Relief Tablets, 10 mg Cetirizine | 14 ct=14.99; 45 ct=29.99; 90 ct=44.99
Zyrtec | 24 Hour Allergy Liquid Gels | 25 ct=24.99
Children's Zyrtec | 24 Hour Allergy Syrup, Grape | 4 fl oz=12.99
Allegra | Adult 24 Hour Non-Drowsy Allergy Tablets, 180 mg | 15 ct=17.99; 45 ct=32.99
Benadryl | Ultratabs Antihistamine Allergy Tablets, 25 mg | 24 ct=6.99; 100 ct=12.49
Children's Benadryl | Allergy Liquid, Cherry | 4 fl oz=7.99
Flonase | Allergy Relief Nasal Spray, 24 Hour Non-Drowsy | 72 sprays=19.99; 144 sprays=32.99
Nasacort | Allergy 24HR Nasal Spray | 120 sprays=21.49
$H | Non-Drowsy Allergy Relief Loratadine 10 mg Tablets | 30 ct=9.99; 100 ct=19.99
$H | Allergy Relief Cetirizine HCl 10 mg Tablets | 14 ct=7.99; 45 ct=16.99; 120 ct=26.99
$H | Non-Drowsy Allergy Relief Fexofenadine 180 mg Tablets | 30 ct=14.99; 70 ct=24.99
$H | Allergy Relief Diphenhydramine HCl 25 mg Tablets | 100 ct=5.99
$H | Fluticasone Propionate Allergy Relief Nasal Spray | 120 sprays=14.99
$H | Children's Allergy Relief Cetirizine Oral Solution, Grape | 4 fl oz=8.99
$H | Loratadine-D 12 Hour Allergy & Congestion Tablets | 10 ct=9.99 | | @Pharmacy counter

## health / sleep aids @ Aisle 3 right
ZzzQuil | Nighttime Sleep Aid LiquiCaps | 24 ct=8.99; 48 ct=13.99
ZzzQuil | Pure Zzzs Melatonin Gummies, 6 mg | 60 ct=13.99
Unisom | SleepTabs Nighttime Sleep Aid, Doxylamine Succinate 25 mg | 32 ct=8.99
Unisom | SleepGels Nighttime Sleep Aid, Diphenhydramine HCl 50 mg | 32 ct=10.99
Natrol | Melatonin 5 mg Fast Dissolve Tablets, Strawberry | 90 ct=9.99
Natrol | Melatonin 10 mg Gummies, Strawberry | 60 ct=11.99
Olly | Sleep Gummies, Blackberry Zen | 50 ct=13.99
Nature Made | Melatonin 3 mg Tablets {s} | 240 ct.=11.99
$H | Nighttime Sleep Aid Diphenhydramine 50 mg Softgels | 32 ct=6.99
$H | Sleep Aid Doxylamine Succinate 25 mg Tablets | 32 ct=5.49; 96 ct=11.99
$H | Melatonin 5 mg Tablets | 120 ct=7.99
$H | Melatonin 10 mg Gummies, Mixed Berry | 60 ct=9.49
$H | Contoured Sleep Mask | =9.99

## health / quit smoking @ Aisle 3 right
Nicorette | Nicotine Gum, 4 mg, White Ice Mint | 20 ct=20.99; 100 ct=54.99
Nicorette | Nicotine Gum, 2 mg, Fruit Chill | 100 ct=52.99
Nicorette | Nicotine Coated Lozenge, 4 mg, Mint | 20 ct=19.99
NicoDerm CQ | Step 1 Nicotine Patch, 21 mg | 14 ct=52.99
$H | Nicotine Polacrilex Gum, 4 mg, Mint | 100 ct=39.99
$H | Nicotine Transdermal System Step 1 Patch, 21 mg | 14 ct=39.99
$H | Nicotine Polacrilex Mini Lozenge, 2 mg, Mint | 81 ct=34.99

## health / digestive health @ Aisle 4 left
Tums | Ultra Strength 1000 Antacid Chewable Tablets, Assorted Berries | 72 ct=8.99; 160 ct=13.99
Tums | Extra Strength 750 Antacid Chewable Tablets, Assorted Fruit | 96 ct=8.49
Pepto-Bismol | 5 Symptom Relief Liquid, Original | 8 fl oz=7.99; 12 fl oz=10.49
Pepto-Bismol | 5 Symptom Chewable Tablets, Original | 30 ct=7.49
Alka-Seltzer | Original Effervescent Antacid & Pain Relief Tablets | 36 ct=7.99
Pepcid | AC Maximum Strength Famotidine 20 mg Tablets | 25 ct=11.99; 50 ct=19.99
Pepcid | Complete Acid Reducer + Antacid Chewable Tablets, Berry | 25 ct=11.49
Prilosec | OTC Omeprazole 20 mg Delayed Release Tablets | 14 ct=13.99; 42 ct=27.99
Nexium | 24HR Acid Reducer Capsules, 20 mg | 14 ct=14.99; 42 ct=29.99
Imodium | A-D Anti-Diarrheal Softgels, 2 mg Loperamide | 12 ct=8.99; 24 ct=13.99
Dulcolax | Laxative Tablets, Bisacodyl 5 mg | 25 ct=9.49
Dulcolax | Stool Softener Liquid Gels, Docusate Sodium 100 mg | 25 ct=8.99
MiraLAX | Laxative Powder | 8.3 oz=13.49; 17.9 oz=23.99
Colace | Stool Softener Capsules, 100 mg | 30 ct=9.99
Senokot | Natural Vegetable Laxative Tablets | 60 ct=9.79
Phillips' | Milk of Magnesia Saline Laxative Liquid, Original | 12 fl oz=8.99
Metamucil | 4-in-1 Psyllium Fiber Supplement Powder, Sugar Free Orange Smooth | 72 doses=19.99
Benefiber | Original Prebiotic Fiber Supplement Powder | 62 servings=19.99
Gas-X | Extra Strength Simethicone Softgels, 125 mg | 20 ct=7.49; 50 ct=13.49
Culturelle | Digestive Daily Probiotic Capsules | 30 ct=24.99
Align | Probiotic Supplement Capsules | 28 ct=29.99
Dramamine | Motion Sickness Relief Original Tablets | 12 ct=6.99
Preparation H | Maximum Strength Hemorrhoid Cream | 0.9 oz=12.99
$H | Extra Strength Antacid Chewable Tablets, Assorted Fruit | 96 ct=4.99
$H | Acid Reducer Famotidine 20 mg Tablets | 50 ct=12.99
$H | Acid Reducer Omeprazole 20 mg Delayed Release Tablets | 42 ct=19.99
$H | Anti-Diarrheal Loperamide HCl 2 mg Caplets | 24 ct=6.99
$H | Stomach Relief Liquid, Original | 12 fl oz=5.99
$H | Polyethylene Glycol 3350 Laxative Powder | 8.3 oz=9.99; 17.9 oz=15.99
$H | Gas Relief Extra Strength Simethicone 125 mg Softgels | 60 ct=8.49
$H | Stool Softener Docusate Sodium 100 mg Softgels | 100 ct=7.99
$H | Less Drowsy Motion Sickness Relief Tablets | 16 ct=5.49

## health / first aid @ Aisle 5 left
Band-Aid | Flexible Fabric Adhesive Bandages, Assorted Sizes | 30 ct=4.99; 100 ct=10.99
Band-Aid | Tough Strips Waterproof Adhesive Bandages | 20 ct=5.49
Band-Aid | Skin-Flex Adhesive Bandages, Assorted | 25 ct=6.49
Band-Aid | Kids Adhesive Bandages, Paw Patrol, Assorted | 20 ct=4.49
Nexcare | Waterproof Bandages, Assorted | 30 ct=5.99
Nexcare | Absolute Waterproof First Aid Tape, 1 in x 5 yd | =5.49
Neosporin | Original First Aid Antibiotic Ointment | 0.5 oz=7.99; 1 oz=10.99
Neosporin | + Pain Relief Maximum Strength Antibiotic Cream | 0.5 oz=8.99
Polysporin | First Aid Antibiotic Ointment | 1 oz=9.99
Cortizone-10 | Maximum Strength Anti-Itch Cream, 1% Hydrocortisone | 1 oz=6.99; 2 oz=9.99
Benadryl | Extra Strength Itch Stopping Cream | 1 oz=7.49
After Bite | The Itch Eraser Insect Bite Treatment | 0.5 fl oz=6.49
Water-Jel | Burn Jel | 4 oz=9.99
Johnson & Johnson | All-Purpose Portable First Aid Kit | 160 pc=19.99
Johnson & Johnson | Travel Ready Portable Emergency First Aid Kit | 80 pc=9.99
Narcan | Naloxone HCl Nasal Spray, 4 mg | 2 ct=44.99 | | @Pharmacy counter
$H | Hydrogen Peroxide 3% Topical Solution | 16 fl oz=1.49; 32 fl oz=2.49
$H | 70% Isopropyl Rubbing Alcohol | 16 fl oz=1.99; 32 fl oz=3.29
$H | Sheer Adhesive Bandages, Assorted | 100 ct=3.99
$H | Triple Antibiotic Ointment | 1 oz=5.49
$H | Maximum Strength Hydrocortisone 1% Anti-Itch Cream | 1 oz=3.99
$H | Calamine Lotion | 6 fl oz=4.49
$H | Sterile Gauze Pads, 4 in x 4 in | 25 ct=5.99
$H | Paper First Aid Tape, 1 in x 10 yd | =3.49
$H | Elastic Bandage with Clips, 3 in | =5.99
$H | Instant Cold Pack | 2 ct=4.99
$H | Burn Relief Gel with Lidocaine | 4 oz=5.49
$H | Lidocaine Anti-Itch Insect Bite Relief Stick | 0.5 oz=4.49

## health / eye ear care @ Aisle 4 right
Visine | Red Eye Comfort Redness Relief Eye Drops | 0.5 fl oz=5.99
Lumify | Redness Reliever Eye Drops | 0.25 fl oz=17.99
Clear Eyes | Maximum Redness Relief Eye Drops | 0.5 fl oz=4.99
Systane | Ultra Lubricant Eye Drops | 10 mL=12.99; 2 x 10 mL twin pack=21.99
Refresh | Tears Lubricant Eye Drops | 0.5 fl oz=11.99
Refresh | Plus Lubricant Eye Drops, Single-Use Vials | 30 ct=14.99
Zaditor | Antihistamine Eye Drops | 0.17 fl oz=15.99
Pataday | Once Daily Relief Extra Strength Allergy Eye Drops | 2.5 mL=24.99
Bausch + Lomb | Biotrue Multi-Purpose Contact Lens Solution | 10 fl oz=10.99
Bausch + Lomb | Renu Advanced Formula Multi-Purpose Contact Lens Solution | 12 fl oz=11.49
Bausch + Lomb | Sensitive Eyes Saline Solution | 12 fl oz=6.99
Clear Care | Plus Cleaning & Disinfecting Solution with Lens Case | 12 fl oz=14.99
Debrox | Earwax Removal Aid Drops | 0.5 fl oz=9.99
Mack's | Ultra Soft Foam Earplugs | 10 pair=5.99; 50 pair=14.99
Mack's | Pillow Soft Silicone Earplugs | 6 pair=5.49
$H | Lubricant Eye Drops | 0.5 fl oz=5.99; 2 x 0.5 fl oz twin pack=9.99
$H | Redness Reliever Eye Drops | 0.5 fl oz=4.49
$H | Multi-Purpose Contact Lens Solution | 12 fl oz=7.99
$H | Saline Solution for Sensitive Eyes | 12 fl oz=4.49
$H | Contact Lens Cases | 3 ct=3.99
$H | Ear Wax Removal Kit | 0.5 fl oz=6.99
$H | Sterile Eye Wash | 4 fl oz=4.99

## health / eyewear @ Aisle 4 right
Foster Grant | {v} Reading Glasses {s} | +1.25=19.99; +1.50=19.99; +2.00=19.99; +2.50=19.99 | Mason Black; Elsie Tortoise | pick=5
Magnivision | Blue Light Reading Glasses, {v} {s} | +1.50=24.99; +2.00=24.99; +2.50=24.99 | Chase Black | pick=2
$H | Reading Glasses 3-Pack, Assorted Colors {s} | +1.50=14.99; +2.00=14.99; +2.50=14.99
Foster Grant | Men's Polarized Sunglasses, Black | =24.99
Foster Grant | Women's Cat Eye Sunglasses, Tortoise | =22.99
Zeiss | Lens Cleaning Wipes | 60 ct=6.99
$H | Eyeglass Repair Kit | =4.49

## health / foot care @ Aisle 5 right
Dr. Scholl's | Massaging Gel Advanced Insoles, {v} | =17.99 | Men's 8-14; Women's 6-10
Dr. Scholl's | Plantar Fasciitis Pain Relief Orthotics, {v} | =19.99 | Men's 8-12; Women's 6-10
Dr. Scholl's | Work All-Day Superior Comfort Insoles, Men's 8-14 | =14.99
Dr. Scholl's | Corn Cushions with Duragel Technology | 6 ct=5.99
Dr. Scholl's | Callus Removers with Duragel Technology | 4 ct=6.49
Dr. Scholl's | Clear Away Wart Remover | 14 ct=9.99
Dr. Scholl's | Odor-X Odor-Fighting Foot Powder | 3 oz=6.99
Dr. Scholl's | Diabetes & Circulatory Crew Socks, Men's | 2 pr=13.99
Compound W | Maximum Strength Fast-Acting Liquid Wart Remover | 0.31 fl oz=9.49
Lamisil | AT Athlete's Foot Antifungal Cream | 0.42 oz=12.99
Tinactin | Athlete's Foot Antifungal Cream | 1 oz=9.49
Tinactin | Athlete's Foot Antifungal Powder Spray | 4.6 oz=9.99
Lotrimin | AF Athlete's Foot Clotrimazole 1% Cream | 0.42 oz=9.99
Gold Bond | Medicated Foot Powder | 4 oz=7.99
Gold Bond | Ultimate Healing Foot Therapy Cream | 4 oz=8.99
Band-Aid | Hydro Seal Blister Cushions, Assorted | 6 ct=6.99
$H | Antifungal Terbinafine Hydrochloride Cream 1% | 1 oz=8.99
$H | Comfort Gel Insoles, {v} | =9.99 | Men's 8-13; Women's 6-10
$H | Gel Heel Cups | 1 pr=9.99
$H | Medicated Foot Powder | 10 oz=5.99

## health / home health @ Aisle 8 left
Omron | Silver Upper Arm Blood Pressure Monitor | =59.99
Omron | 3 Series Wrist Blood Pressure Monitor | =39.99
$H | Series 300 Upper Arm Blood Pressure Monitor | =44.99
$H | Wrist Blood Pressure Monitor | =29.99
Vicks | SpeedRead Digital Thermometer | =9.99
Vicks | ComfortFlex Digital Thermometer | =8.99
Braun | ThermoScan 5 Ear Thermometer IRT6020 | =49.99
$H | No-Touch Forehead Thermometer | =29.99
$H | Flexible Tip Digital Thermometer | =6.99
$H | Fingertip Pulse Oximeter | =29.99
Futuro | Comfort Knee Support, {v} | =14.99 | Medium; Large
Futuro | Energizing Wrist Support, Right Hand, S/M | =14.99
Futuro | Stabilizing Back Support, Adjustable | =34.99
ACE | Brand Knee Brace with Side Stabilizers, Adjustable | =24.99
ACE | Brand Ankle Brace, Adjustable | =14.99
$H | Knee Support Sleeve, Large | =9.99
Drive Medical | Adjustable Aluminum Folding Cane, Black | =22.99
Carex | Soft Grip Offset Cane, Adjustable | =19.99
$H | Adjustable Quad Cane | =34.99
Sunbeam | King Size XpressHeat Heating Pad | =34.99
Sunbeam | Standard Size Heating Pad | =19.99
$H | Moist/Dry Heating Pad | =24.99
$H | Hot Water Bottle, 2 qt | =12.99
$H | 7-Day Pill Organizer, Large | =4.99
$H | AM/PM Weekly Pill Organizer | =7.99
Vicks | Filter-Free Cool Mist Humidifier | =39.99
Vicks | Warm Mist Humidifier | =34.99
Taylor | Digital Bathroom Scale | =24.99
BinaxNOW | COVID-19 Antigen Self Test | 2 ct=23.99
iHealth | COVID-19 Antigen Rapid Test | 2 ct=17.99

## health / diabetes care @ Pharmacy counter
OneTouch | Verio Flex Blood Glucose Meter | =29.99
OneTouch | Verio Test Strips | 50 ct=49.99; 100 ct=89.99
Contour | Next One Blood Glucose Monitoring System | =24.99
Contour | Next Blood Glucose Test Strips | 50 ct=44.99
Accu-Chek | Guide Me Blood Glucose Meter Kit | =29.99
Accu-Chek | Guide Test Strips | 50 ct=49.99
Accu-Chek | FastClix Lancets | 102 ct=22.99
TRUE METRIX | Blood Glucose Meter | =19.99
$H | Advanced Blood Glucose Meter | =14.99
$H | Advanced Blood Glucose Test Strips | 50 ct=24.99; 100 ct=44.99
$H | Thin Lancets 30G | 100 ct=5.99
BD | Ultra-Fine Pen Needles, 32G 4 mm | 90 ct=39.99
Dex4 | Fast-Acting Glucose Tabs, Orange | 50 ct=6.99
$H | Glucose Tablets, Raspberry | 50 ct=5.49
$H | Sharps Container | 1 qt=6.99
$H | Alcohol Prep Pads | 100 ct=3.49

## health / sexual health @ Aisle 9 left
Trojan | ENZ Lubricated Latex Condoms | 12 ct=10.99; 36 ct=21.99
Trojan | Magnum Large Size Lubricated Condoms | 12 ct=13.99
Trojan | Ultra Thin Lubricated Condoms | 12 ct=12.99
Durex | Invisible Extra Thin Condoms | 10 ct=11.99
SKYN | Original Non-Latex Condoms | 12 ct=15.99
K-Y | Jelly Personal Lubricant | 4 oz=7.99
Astroglide | Original Liquid Personal Lubricant | 2.5 fl oz=8.99
First Response | Early Result Pregnancy Test | 3 ct=19.99
Clearblue | Digital Pregnancy Test with Smart Countdown | 2 ct=16.99
Clearblue | Advanced Digital Ovulation Test | 20 ct=39.99
$H | Early Result Pregnancy Test | 2 ct=9.99
Plan B | One-Step Emergency Contraceptive, Levonorgestrel 1.5 mg | 1 ct=49.99
Take Action | Emergency Contraceptive Tablet, Levonorgestrel 1.5 mg | 1 ct=39.99

## personal care / feminine care @ Aisle 9 left; Aisle 9 right
Tampax | Pearl Tampons, {v} Absorbency, Unscented | 36 ct=9.99 | Regular; Super; Light
Tampax | Pearl Tampons Multipack, Light/Regular/Super | 47 ct=12.99
Playtex | Sport Tampons, Regular, Unscented | 36 ct=9.49
U by Kotex | Click Compact Tampons, Regular | 32 ct=8.99
Always | Maxi Pads, Size 1, Regular, Unscented | 48 ct=8.99
Always | Infinity FlexFoam Pads, Size 2, Heavy | 32 ct=10.99
Always | Ultra Thin Overnight Pads with Wings, Size 4 | 26 ct=8.99
Always | Dailies Thin Liners, Regular, Unscented | 120 ct=8.49
Carefree | Acti-Fresh Thin Panty Liners, Regular, Unscented | 93 ct=5.99
Stayfree | Ultra Thin Overnight Pads with Wings | 28 ct=6.49
Summer's Eve | Simply Sensitive Cleansing Wash | 12 fl oz=6.99
Vagisil | Maximum Strength Anti-Itch Creme | 1 oz=7.99
Monistat | 1-Day Yeast Infection Treatment, Ovule + External Itch Cream | =21.99
Monistat | 3-Day Yeast Infection Treatment, Prefilled Applicators | =17.99
AZO | Urinary Pain Relief Maximum Strength Tablets | 24 ct=9.99
AZO | Cranberry Urinary Tract Health Softgels | 50 ct=12.99
Saalt | Soft Menstrual Cup, Regular | =29.99
$H | Ultra Thin Pads with Wings, Regular | 36 ct=5.49
$H | Compact Plastic Tampons, Regular, Unscented | 36 ct=6.49
$H | Thin Panty Liners, Unscented | 120 ct=4.99
$H | Miconazole 3 Vaginal Antifungal Cream | 0.9 oz=11.99
$H | Urinary Pain Relief Tablets | 30 ct=6.99

## personal care / incontinence @ Aisle 8 right
Depend | Fit-Flex Incontinence Underwear for Women, Maximum Absorbency, {s} | S, 19 ct=14.99; M, 18 ct=14.99; L, 17 ct=14.99; XL, 15 ct=14.99
Depend | Fit-Flex Incontinence Underwear for Men, Maximum Absorbency, {s} | S/M, 19 ct=14.99; L, 17 ct=14.99; XL, 15 ct=14.99
Depend | Night Defense Incontinence Underwear for Women, Overnight, L | 12 ct=14.49
Poise | Ultra Thin Incontinence Pads, Moderate Absorbency, Regular | 30 ct=10.99
Poise | Incontinence Pads, Maximum Absorbency, Long | 39 ct=14.99
TENA | Intimates Overnight Incontinence Pads | 28 ct=12.99
TENA | Men Protective Guards, Moderate Absorbency | 48 ct=13.99
Always Discreet | Incontinence Underwear, Maximum, L | 17 ct=14.99
Always Discreet | Incontinence Pads, Moderate, Long | 54 ct=13.99
$H | Maximum Absorbency Underwear for Women, {s} | L, 16 ct=11.49; XL, 14 ct=11.49
$H | Maximum Absorbency Underwear for Men, L/XL | 16 ct=11.49
$H | Bladder Control Pads, Maximum Absorbency | 39 ct=8.99
$H | Disposable Underpads, 30 x 30 in | 18 ct=11.99

## vitamins / vitamins @ Aisle 6 left; Aisle 6 right
Centrum | Adults Multivitamin/Multimineral Tablets | 200 ct=20.99
Centrum | Silver Women 50+ Multivitamin Tablets | 100 ct=17.99
Centrum | Silver Men 50+ Multivitamin Tablets | 100 ct=17.99
Centrum | MultiGummies Adults, Assorted Fruit | 70 ct=12.99
One A Day | Women's Multivitamin Tablets | 100 ct=13.99
One A Day | Men's Health Formula Multivitamin Tablets | 100 ct=13.99
One A Day | Women's Prenatal 1 Multivitamin Softgels | 30 ct=19.99
Vitafusion | Women's Multivitamin Gummies, Berry | 150 ct=14.99
Flintstones | Chewables Kids Complete Multivitamin | 150 ct=14.99
SmartyPants | Kids Formula Daily Gummy Multivitamin | 120 ct=22.99
Nature Made | Vitamin D3 {v} {s} | 90 ct.=9.99; 250 ct.=17.99 | 2000 IU Softgels; 1000 IU Tablets; 5000 IU Softgels | pick=5
Nature Made | Vitamin C {v} {s} | 100 ct.=8.99 | 500 mg Tablets; 1000 mg Tablets
Nature Made | Vitamin B12 1000 mcg Tablets {s} | 150 ct.=11.99
Nature Made | Calcium 600 mg with Vitamin D3 Tablets {s} | 220 ct.=14.99
Nature Made | Iron 65 mg Tablets {s} | 180 ct.=9.99
Nature Made | Zinc 30 mg Tablets {s} | 100 ct.=6.99
Nature Made | Prenatal Multi + DHA Softgels {s} | 60 ct.=19.99
Nature's Bounty | Biotin 10000 mcg Rapid Release Softgels | 120 ct=14.99
Nature's Bounty | Hair, Skin & Nails Gummies, Strawberry | 80 ct=13.99
Emergen-C | 1000 mg Vitamin C Fizzy Drink Mix, {v} | 30 ct=12.99 | Super Orange; Raspberry
Airborne | Immune Support Effervescent Tablets, Zesty Orange | 10 ct=8.99
$H | Spectravite Adult Multivitamin Tablets | 130 ct=11.99
$H | Spectravite Senior Multivitamin Tablets | 130 ct=11.99
$H | Women's Daily Multivitamin Gummies | 120 ct=10.99
$H | Kids Multivitamin Gummies, Assorted Fruit | 70 ct=8.99
$H | Vitamin D3 2000 IU Softgels | 100 ct=7.99
$H | Vitamin C 1000 mg Tablets | 100 ct=8.49
$H | Vitamin B12 1000 mcg Tablets | 100 ct=7.99
$H | Zinc 50 mg Tablets | 100 ct=5.99
$H | Magnesium 250 mg Tablets | 120 ct=6.99
$H | Calcium 600 mg + D3 Chewables, Assorted Fruit | 60 ct=7.49
$H | Prenatal Multivitamin + DHA Softgels | 60 ct=14.99
$H | Biotin 5000 mcg Softgels | 120 ct=9.99

## vitamins / supplements @ Aisle 7 left
Nature Made | Fish Oil 1200 mg Softgels {s} | 100 ct.=12.99
Nature Made | Burp-Less Fish Oil 1000 mg Softgels {s} | 150 ct.=17.99
Nature Made | CoQ10 200 mg Softgels {s} | 40 ct.=24.99
Nature's Bounty | Fish Oil 1400 mg Softgels | 130 ct=16.99
Qunol | Ultra CoQ10 100 mg Softgels | 60 ct=24.99
Qunol | Turmeric Curcumin Complex, 1000 mg Tablets | 60 ct=19.99
Osteo Bi-Flex | Triple Strength Joint Health Tablets | 80 ct=29.99
Move Free | Advanced Glucosamine Chondroitin Tablets | 120 ct=34.99
Sambucol | Black Elderberry Syrup | 7.8 fl oz=17.99
Nature's Way | Sambucus Elderberry Gummies | 60 ct=15.99
Vital Proteins | Collagen Peptides Powder, Unflavored | 9.33 oz=27.99
Goli | Apple Cider Vinegar Gummies | 60 ct=18.99
Goli | Ashwa Ashwagandha Gummies | 60 ct=19.99
Estroven | Menopause Relief Caplets | 28 ct=19.99
$H | Fish Oil 1000 mg Softgels | 200 ct=12.99
$H | Omega-3 Fish Oil 1200 mg Softgels | 100 ct=11.99
$H | Glucosamine Chondroitin Triple Strength Tablets | 120 ct=19.99
$H | Turmeric 500 mg Capsules | 60 ct=11.99
$H | Apple Cider Vinegar Gummies | 60 ct=12.99
$H | Elderberry Gummies | 60 ct=11.99

## vitamins / nutrition @ Aisle 7 right
Ensure | Original Nutrition Shake, {v} | 6 x 8 fl oz=11.99 | Vanilla; Milk Chocolate; Strawberry
Ensure | Max Protein Nutrition Shake, Milk Chocolate | 4 x 11 fl oz=11.49
Boost | Original Complete Nutritional Drink, Rich Chocolate | 6 x 8 fl oz=11.49
Boost | High Protein Nutritional Drink, Very Vanilla | 6 x 8 fl oz=11.99
Glucerna | Original Shake, Homemade Vanilla | 6 x 8 fl oz=12.99
Premier Protein | 30g Protein Shake, {v} | 4 x 11.5 fl oz=9.99 | Chocolate; Vanilla; Caramel
Fairlife | Core Power Elite 42g Protein Shake, Chocolate | 14 fl oz=4.49
Pedialyte | Electrolyte Solution, {v} | 1 L=7.99 | Grape; Unflavored; Mixed Fruit
Pedialyte | Electrolyte Freezer Pops, Assorted | 16 ct=7.49
Liquid I.V. | Hydration Multiplier Electrolyte Drink Mix, Lemon Lime | 16 ct=24.99
Quest | Protein Bar, Chocolate Chip Cookie Dough | 4 ct=9.99
Pure Protein | Bar, Chocolate Peanut Butter | 6 ct=8.99
Optimum Nutrition | Gold Standard 100% Whey Protein Powder, Double Rich Chocolate | 2 lb=39.99
$H | Nutritional Shake, Vanilla | 6 x 8 fl oz=8.99
$H | Diabetic Nutrition Shake, Chocolate | 6 x 8 fl oz=9.99
$H | Electrolyte Solution, Fruit | 33.8 fl oz=4.99

## personal care / oral care @ Aisle 10 left
Crest | Pro-Health Advanced {v} Toothpaste | 4.3 oz=6.49 | Deep Clean Mint; Whitening
Crest | 3D White Brilliance Toothpaste, Vibrant Peppermint | 4.6 oz=7.99
Crest | Cavity Protection Toothpaste, Regular Paste | 5.7 oz=2.99; 8.2 oz=3.99
Crest | 3D Whitestrips Professional Effects Teeth Whitening Kit | 20 treatments=49.99
Colgate | Total Whitening Toothpaste Gel | 4.8 oz=6.29
Colgate | Cavity Protection Toothpaste with Fluoride, Great Regular Flavor | 6 oz=2.79
Colgate | Kids Toothpaste, Bubble Fruit | 4.6 oz=2.99
Sensodyne | Pronamel Gentle Whitening Toothpaste for Sensitive Teeth, Alpine Breeze | 4 oz=7.99
Sensodyne | Repair & Protect Toothpaste for Sensitive Teeth | 3.4 oz=8.99
Tom's of Maine | Fluoride-Free Antiplaque & Whitening Toothpaste, Peppermint | 5.5 oz=6.49
Arm & Hammer | Advance White Baking Soda & Peroxide Toothpaste | 6 oz=4.99
Listerine | Cool Mint Antiseptic Mouthwash | 500 mL=5.99; 1 L=8.99; 1.5 L=10.99
Listerine | Total Care Anticavity Fluoride Mouthwash, Fresh Mint | 1 L=8.99
Crest | Pro-Health Multi-Protection Alcohol Free Mouthwash, Clean Mint | 1 L=7.99
Scope | Classic Mouthwash, Original Mint | 1 L=5.99
TheraBreath | Fresh Breath Oral Rinse, Icy Mint | 16 fl oz=11.99
Oral-B | Glide Pro-Health Comfort Plus Dental Floss, Mint | 40 m=4.79
DenTek | Comfort Clean Floss Picks, Fresh Mint | 90 ct=3.99
Oral-B | Pro-Health All-in-One Soft Manual Toothbrushes | 2 ct=6.99
Colgate | 360 Soft Manual Toothbrushes | 2 ct=5.99
Colgate | Extra Clean Full Head Toothbrushes, Medium | 6 ct=5.49
Oral-B | Pro 1000 Rechargeable Electric Toothbrush, White | =49.99
Philips Sonicare | 4100 Rechargeable Electric Toothbrush, Black | =49.99
Oral-B | Precision Clean Electric Toothbrush Replacement Brush Heads | 3 ct=24.99
Polident | 3 Minute Antibacterial Denture Cleanser Tablets | 84 ct=7.99
Fixodent | Original Denture Adhesive Cream | 2.4 oz=7.49
Orajel | Maximum Strength Toothache Pain Relief Cream | 0.25 oz=9.49
Waterpik | Cordless Plus Water Flosser, White | =49.99
$H | Maximum Strength Sensitivity Toothpaste, Mint | 4 oz=5.49
$H | Antiseptic Mouth Rinse, Blue Mint | 1 L=3.99; 1.5 L=5.49
$H | Dental Floss Picks, Mint | 150 ct=3.49
$H | Waxed Mint Dental Floss | 55 yd=2.29
$H | Soft Toothbrushes | 4 ct=3.99
$H | Denture Cleanser Tablets | 90 ct=4.99

## personal care / shaving @ Aisle 10 right
Gillette | Fusion5 Men's Razor Handle + 2 Blade Refills | =14.99
Gillette | Fusion5 Men's Razor Blade Refills | 4 ct=19.99; 8 ct=33.99
Gillette | Mach3 Men's Razor Handle + 2 Blade Refills | =10.99
Gillette | Mach3 Men's Razor Blade Refills | 5 ct=15.99
Gillette | Sensor3 Men's Disposable Razors | 8 ct=14.99
Gillette | Foamy Regular Shave Foam | 11 oz=2.99
Venus | Smooth Women's Razor Handle + 2 Blade Refills | =11.99
Venus | Extra Smooth Women's Disposable Razors | 3 ct=10.99
Schick | Hydro 5 Sense Men's Razor + 2 Refills | =11.99
Schick | Hydro Silk Women's Razor + 2 Refills | =11.99
BIC | Comfort 3 Advance Men's Disposable Razors | 8 ct=8.99
BIC | Soleil Women's Disposable Razors | 4 ct=8.49
Harry's | Men's Razor Handle with 2 Blade Refills | =9.99
Harry's | Razor Blade Refills | 8 ct=17.99
Edge | Sensitive Skin Shave Gel | 7 oz=3.99
Barbasol | Original Thick & Rich Shaving Cream | 10 oz=2.49
Nivea Men | Sensitive Post Shave Balm | 3.3 fl oz=7.99
Philips Norelco | Multigroom 3000 All-in-One Trimmer | =29.99
Braun | Series 3 ProSkin Electric Shaver | =69.99
Nair | Hair Remover Body Cream, Cocoa Butter | 9 oz=7.99
$H | Men's 3-Blade Disposable Razors | 12 ct=9.99
$H | Women's 3-Blade Disposable Razors | 8 ct=8.99
$H | Sensitive Shave Gel | 7 oz=2.49

## personal care / deodorant @ Aisle 10 right
Degree | Men Advanced Antiperspirant Deodorant Stick, {v} | 2.7 oz=6.99 | Cool Rush; Black + White
Degree | Women Advanced Antiperspirant Deodorant Stick, {v} | 2.6 oz=6.99 | Shower Clean; Sexy Intrigue
Secret | Clinical Strength Invisible Solid Antiperspirant, Completely Clean | 1.6 oz=10.99
Secret | Outlast Invisible Solid Antiperspirant, Protecting Powder | 2.6 oz=7.49
Dove | Advanced Care Antiperspirant Deodorant, Original Clean | 2.6 oz=7.49
Dove | Men+Care Antiperspirant Stick, Clean Comfort | 2.7 oz=7.49
Old Spice | High Endurance Deodorant, Pure Sport | 3 oz=5.49
Old Spice | Aluminum Free Deodorant, {v} | 3 oz=6.49 | Swagger; Fiji
Axe | Phoenix Deodorant Body Spray | 4 oz=7.99
Native | Aluminum Free Deodorant, {v} | 2.65 oz=13.99 | Coconut & Vanilla; Cucumber & Mint
Lady Speed Stick | Invisible Dry Antiperspirant, Powder Fresh | 2.3 oz=4.29
$H | Men's Clear Gel Antiperspirant, Cool Wave | 3 oz=3.99
$H | Women's Invisible Solid Antiperspirant, Powder Fresh | 2.6 oz=3.99

## personal care / bath body @ Aisle 12 right
Dove | Deep Moisture Body Wash | 20 fl oz=9.99
Dove | Beauty Bar, White | 4 ct=7.49
Dove | Men+Care Body Wash, Extra Fresh | 18 fl oz=8.99
Olay | Ultra Moisture Body Wash with Shea Butter | 20 fl oz=8.99
Old Spice | Swagger Body Wash | 18 fl oz=7.99
Dial | Antibacterial Deodorant Bar Soap, Gold | 8 ct=6.99
Dial | Complete Antibacterial Foaming Hand Wash, Original | 7.5 fl oz=3.99
Irish Spring | Original Deodorant Bar Soap | 8 ct=6.49
Softsoap | Liquid Hand Soap, Aquarium Series | 11.25 fl oz=2.49
Mrs. Meyer's | Clean Day Hand Soap, Lavender | 12.5 fl oz=4.99
Purell | Advanced Hand Sanitizer Refreshing Gel | 2 fl oz=1.99; 8 fl oz=4.49; 20 fl oz=9.99
Dr Teal's | Pure Epsom Salt Soaking Solution, {v} | 3 lb=5.99 | Lavender; Eucalyptus & Spearmint
Dr Teal's | Foaming Bath, Lavender | 34 fl oz=7.99
$H | Moisturizing Body Wash, Shea Butter | 18 fl oz=4.49
$H | Advanced Hand Sanitizer with Aloe | 8 fl oz=2.99
$H | Antibacterial Liquid Hand Soap | 7.5 fl oz=1.99

## beauty / skin care @ Aisle 12 left
CeraVe | Moisturizing Cream | 16 oz=18.99
CeraVe | Daily Moisturizing Lotion | 12 fl oz=15.99
CeraVe | Hydrating Facial Cleanser | 16 fl oz=17.99
CeraVe | Foaming Facial Cleanser | 12 fl oz=15.99
CeraVe | AM Facial Moisturizing Lotion SPF 30 | 3 fl oz=17.99
CeraVe | PM Facial Moisturizing Lotion | 3 fl oz=16.99
Cetaphil | Gentle Skin Cleanser | 16 fl oz=14.99
Cetaphil | Moisturizing Cream | 16 oz=16.99
Neutrogena | Hydro Boost Water Gel Face Moisturizer | 1.7 oz=21.99
Neutrogena | Oil-Free Acne Wash | 9.1 fl oz=9.99
Neutrogena | Makeup Remover Cleansing Towelettes | 25 ct=7.99
Neutrogena | Rapid Wrinkle Repair Retinol Cream | 1 oz=27.99
Olay | Regenerist Micro-Sculpting Cream Face Moisturizer | 1.7 oz=28.99
Aveeno | Daily Moisturizing Body Lotion | 18 fl oz=11.49
Aveeno | Eczema Therapy Daily Moisturizing Cream | 7.3 oz=13.99
Aquaphor | Healing Ointment | 7 oz=15.99
Vaseline | Intensive Care Advanced Repair Body Lotion | 20.3 fl oz=9.49
Vaseline | Original Petroleum Jelly | 7.5 oz=5.49
Gold Bond | Ultimate Healing Skin Therapy Lotion | 14 oz=12.99
Differin | Adapalene Gel 0.1% Acne Treatment | 0.5 oz=15.99
Mighty Patch | Original Hydrocolloid Acne Pimple Patches | 36 ct=12.99
La Roche-Posay | Toleriane Double Repair Face Moisturizer | 3.38 fl oz=24.99
Garnier | SkinActive Micellar Cleansing Water, All-in-1 | 13.5 fl oz=9.99
ChapStick | Classic Original Lip Balm | 3 ct=3.99
ChapStick | Classic Cherry Lip Balm | 1 ct=1.99
Burt's Bees | 100% Natural Moisturizing Lip Balm, Beeswax | 4 ct=11.99
Blistex | Medicated Lip Balm SPF 15 | 3 ct=3.49
Carmex | Classic Medicated Lip Balm Jar | 0.25 oz=2.49
Aquaphor | Lip Repair Lip Balm | 0.35 oz=4.99
$H | Healing Ointment | 7 oz=9.99
$H | Daily Moisturizing Lotion, Fragrance Free | 18 fl oz=6.99
$H | Lip Balm SPF 15, Original | 3 ct=2.49

## beauty / sun care @ Aisle 12 left
Banana Boat | Sport Ultra Sunscreen Lotion SPF 50 | 8 fl oz=10.99
Banana Boat | Sport Ultra Sunscreen Spray SPF 30 | 6 oz=10.99
Banana Boat | Kids Sport Sunscreen Lotion SPF 50 | 8 fl oz=10.99
Banana Boat | Soothing Aloe After Sun Gel | 16 oz=6.99
Coppertone | Sport Sunscreen Lotion SPF 50 | 7 fl oz=10.49
Coppertone | Water Babies Sunscreen Lotion SPF 50 | 8 fl oz=10.99
Neutrogena | Ultra Sheer Dry-Touch Sunscreen SPF 55 | 3 fl oz=11.99
Sun Bum | Original SPF 30 Sunscreen Lotion | 8 fl oz=17.99
Hawaiian Tropic | Sheer Touch Ultra Radiance Lotion Sunscreen SPF 30 | 8 fl oz=9.99
$H | Sport Sunscreen Lotion SPF 50 | 8 fl oz=7.49
$H | Kids Sunscreen Lotion SPF 50 | 8 fl oz=7.49
$H | After Sun Aloe Vera Gel | 20 oz=4.99

## personal care / hair care @ Aisle 11 left
Pantene | Pro-V Daily Moisture Renewal {v} | 12 fl oz=6.99 | Shampoo; Conditioner
Head & Shoulders | Classic Clean Dandruff Shampoo | 13.5 fl oz=8.99
Head & Shoulders | 2-in-1 Dandruff Shampoo + Conditioner, Classic Clean | 12.5 fl oz=8.99
Dove | Daily Moisture {v} | 12 fl oz=6.99 | Shampoo; Conditioner
TRESemmé | Moisture Rich {v} | 28 fl oz=7.99 | Shampoo; Conditioner
Herbal Essences | Bio:Renew Argan Oil of Morocco Shampoo | 13.5 fl oz=6.99
OGX | Renewing + Argan Oil of Morocco {v} | 13 fl oz=8.99 | Shampoo; Conditioner
Garnier | Fructis Sleek & Shine Fortifying Shampoo | 12.5 fl oz=4.99
Nizoral | Anti-Dandruff Shampoo | 7 fl oz=16.99
Batiste | Dry Shampoo, {v} | 4.23 oz=9.99 | Original; Tropical
TRESemmé | TRES Two Extra Hold Hairspray | 11 oz=6.99
Suave | Max Hold Hairspray, Unscented | 11 oz=3.99
Garnier | Fructis Style Pure Clean Styling Gel | 6.8 oz=4.49
Rogaine | Men's 5% Minoxidil Foam, 3-Month Supply | =46.99
Conair | 1875 Watt Cord-Keeper Hair Dryer | =19.99
Revlon | One-Step Volumizer Hair Dryer and Hot Air Brush | =49.99
Goody | Ouchless Hair Elastics, Black | 30 ct=3.99
Scünci | No Damage Spiral Hair Ties, Assorted | 8 ct=4.99
Wet Brush | Original Detangler Hair Brush, Black | =9.99
Goody | Bobby Pins, Brown | 90 ct=3.49

## beauty / hair color @ Aisle 11 right
Clairol | Nice'n Easy Permanent Hair Color, {v} | =9.99 | 4 Dark Brown; 5 Medium Brown; 6A Light Ash Brown; 7 Dark Blonde; 9 Light Blonde; 2 Black | pick=5
L'Oréal Paris | Excellence Crème Permanent Hair Color, {v} | =11.99 | 5 Medium Brown; 4 Dark Brown; 7 Dark Blonde; 1 Black | pick=3
Garnier | Nutrisse Nourishing Hair Color Creme, {v} | =8.99 | 60 Light Natural Brown; 40 Dark Brown; 100 Extra Light Natural Blonde; 30 Darkest Brown | pick=3
Revlon | ColorSilk Beautiful Color Permanent Hair Color, {v} | =4.99 | 10 Black; 41 Medium Brown | pick=2
Just For Men | Mustache & Beard Color, {v} | =11.99 | Medium Brown M-35; Jet Black M-60; Real Black M-55
Just For Men | Shampoo-In Hair Color, Medium Brown H-35 | =11.99

## beauty / cosmetics @ Aisle 13 left; Aisle 13 right
Maybelline | Great Lash Washable Mascara, Blackest Black | =5.99
Maybelline | Lash Sensational Sky High Washable Mascara, Very Black | =11.99
Maybelline | Fit Me Matte + Poreless Liquid Foundation, {v} | 1 fl oz=8.99 | 110 Porcelain; 120 Classic Ivory; 220 Natural Beige; 310 Sun Beige; 355 Pecan | pick=4
Maybelline | Instant Age Rewind Eraser Dark Circles Concealer, {v} | =10.49 | 120 Light; 130 Medium; 140 Honey | pick=2
Maybelline | SuperStay Matte Ink Liquid Lipstick, {v} | =10.99 | 20 Pioneer; 65 Seductress; 80 Ruler | pick=2
L'Oréal Paris | Voluminous Original Mascara, Black | =9.99
L'Oréal Paris | True Match Super-Blendable Foundation, {v} | 1 fl oz=13.99 | W3 Nude Beige; N5 True Beige; C2 Natural Buff | pick=2
CoverGirl | LashBlast Volume Mascara, Very Black | =9.99
CoverGirl | Clean Pressed Powder, {v} | =8.49 | 110 Classic Ivory; 125 Buff Beige; 140 Natural Beige | pick=2
Revlon | ColorStay Makeup for Combination/Oily Skin, {v} | 1 fl oz=14.99 | 150 Buff; 220 Natural Beige | pick=2
Revlon | Super Lustrous Lipstick, {v} | =8.99 | 740 Certainly Red; 225 Rose Wine; 415 Pink in the Afternoon | pick=2
e.l.f. | Poreless Putty Primer | =10.00
e.l.f. | Hydrating Camo Concealer, {v} | =7.00 | Light Sand; Medium Beige; Deep Olive | pick=2
NYX Professional Makeup | Butter Gloss, {v} | =5.99 | Creme Brulee; Madeleine; Tiramisu | pick=2
NYX Professional Makeup | Epic Ink Waterproof Liquid Eyeliner, Black | =9.99
Maybelline | Eye Studio Master Precise Liquid Eyeliner, Black | =8.99
Revlon | ColorStay Eyeliner Pencil, Black | =9.49
Ardell | Demi Wispies False Eyelashes | 1 pr=6.99
KISS | Lash Couture Faux Mink False Eyelashes | 1 pr=7.99
Real Techniques | Miracle Complexion Makeup Sponge | =7.99
e.l.f. | Flawless Finish Makeup Brush Set | 4 pc=12.00

## beauty / nail care @ Aisle 13 right
Sally Hansen | Insta-Dri Nail Color, {v} | 0.31 fl oz=4.99 | Pink Blink; Cherry Pop; Black to Black; Clearly Quick | pick=3
Sally Hansen | Miracle Gel Nail Polish, {v} | 0.5 fl oz=9.99 | Rhapsody Red; Nudist | pick=2
Essie | Nail Polish, {v} | 0.46 fl oz=9.99 | Ballet Slippers; Wicked; Mademoiselle | pick=2
Cutex | Non-Acetone Nail Polish Remover | 6.76 fl oz=4.49
Onyx Professional | 100% Acetone Nail Polish Remover | 16 fl oz=5.99
KISS | imPRESS Press-On Manicure, Medium Length | 30 ct=9.99
Revlon | Gold Series Nail Clipper | =5.99
Trim | Nail Clipper with Nail File | =2.99
Revlon | Compact Emery Boards | 10 ct=2.99
$H | Nail Polish Remover, Acetone Free | 6 fl oz=2.99

## beauty / beauty tools @ Aisle 13 right
Q-tips | Cotton Swabs | 375 ct=4.49; 750 ct=7.49
Swisspers | Premium Cotton Rounds | 100 ct=3.29
$H | Jumbo Cotton Balls | 100 ct=2.99
$H | Cotton Swabs | 500 ct=3.49
Revlon | Slant Tip Tweezer | =7.99
Tweezerman | Slant Tweezer, Classic Stainless | =24.00
Conair | Cushion Hair Brush | =7.99
Revlon | Compact Mirror, 2-Sided | =9.99
$H | Cosmetic Travel Bottle Kit | 5 pc=5.99

## baby / diapers wipes @ Aisle 14 left
Pampers | Swaddlers Diapers, {s} | Newborn, 32 ct=13.99; Size 1, 32 ct=13.99; Size 2, 29 ct=13.99; Size 3, 27 ct=13.99; Size 4, 23 ct=13.99
Pampers | Cruisers 360 Diapers, {s} | Size 4, 22 ct=14.99; Size 5, 20 ct=14.99; Size 6, 18 ct=14.99
Huggies | Little Snugglers Baby Diapers, {s} | Newborn, 31 ct=13.49; Size 1, 32 ct=13.49; Size 2, 29 ct=13.49
Huggies | Little Movers Baby Diapers, {s} | Size 3, 25 ct=13.49; Size 4, 22 ct=13.49; Size 5, 19 ct=13.49
Luvs | Diapers, {s} | Size 3, 36 ct=10.99; Size 4, 29 ct=10.99
Pull-Ups | Boys' Potty Training Pants, {s} | 2T-3T, 25 ct=14.49; 3T-4T, 22 ct=14.49; 4T-5T, 20 ct=14.49
Pull-Ups | Girls' Potty Training Pants, {s} | 2T-3T, 25 ct=14.49; 3T-4T, 22 ct=14.49
Pampers | Sensitive Baby Wipes, Unscented, 3 Flip-Top Packs | 168 ct=6.99
Pampers | Aqua Pure Sensitive Baby Wipes | 56 ct=3.49
Huggies | Natural Care Sensitive Baby Wipes, Unscented | 56 ct=2.99; 168 ct=7.49
WaterWipes | Unscented Baby Wipes | 60 ct=5.49
$H | Sensitive Baby Wipes, Fragrance Free | 80 ct=2.99
$H | Baby Diapers, {s} | Size 3, 30 ct=9.99; Size 4, 26 ct=9.99

## baby / baby formula food @ Aisle 14 right
Similac | Pro-Advance Infant Formula Powder | 20.6 oz=44.99
Similac | 360 Total Care Infant Formula Powder | 20.6 oz=46.99
Similac | Pro-Sensitive Infant Formula Powder | 12 oz=29.99
Enfamil | NeuroPro Infant Formula Powder | 20.7 oz=45.99
Enfamil | Gentlease Infant Formula Powder | 19.5 oz=43.99
Gerber | Good Start GentlePro Infant Formula Powder | 20 oz=37.99
Gerber | 2nd Foods Baby Food, Banana | 2 x 4 oz=2.29
Gerber | 2nd Foods Baby Food, Sweet Potato | 2 x 4 oz=2.29
Gerber | Puffs Cereal Snack, Strawberry Apple | 1.48 oz=2.99
Gerber | Lil' Crunchies Baked Corn Snack, Mild Cheddar | 1.48 oz=2.99
Happy Baby | Organics Clearly Crafted Pouch, Pears, Kale & Spinach | 4 oz=1.99
$H | Infant Formula Powder, Advantage | 23.2 oz=27.99
$H | Infant Formula Powder, Sensitivity | 22.5 oz=27.99

## baby / baby care @ Aisle 14 right
Johnson's | Baby Shampoo | 13.6 fl oz=6.49
Johnson's | Baby Lotion | 13.6 fl oz=6.99
Aveeno | Baby Daily Moisture Lotion | 8 fl oz=9.99
Desitin | Maximum Strength Diaper Rash Paste | 4 oz=9.49
A+D | Original Diaper Rash Ointment | 4 oz=6.99
Boudreaux's | Butt Paste Maximum Strength Diaper Rash Cream | 4 oz=8.99
Dr. Brown's | Natural Flow Anti-Colic Baby Bottles, 8 oz | 3 ct=19.99
Philips Avent | Natural Baby Bottles, 9 oz | 2 ct=16.99
Philips Avent | Soothie Pacifier, 0-3 m | 2 ct=6.99
NUK | Orthodontic Pacifiers, 6-18 m | 2 ct=6.49
Mylicon | Infant Gas Relief Drops | 1 fl oz=10.99
Little Remedies | Saline Spray & Drops | 1 fl oz=4.99
FridaBaby | NoseFrida Nasal Aspirator | =16.99
Orajel | Baby Daytime & Nighttime Cooling Teething Gels | 2 x 0.18 oz=8.99
$H | Baby Shampoo & Wash | 15 fl oz=3.99
$H | Diaper Rash Ointment, Zinc Oxide | 4 oz=5.49

## household / paper products @ Aisle 15 left
Charmin | Ultra Soft Toilet Paper, Mega Rolls | 6 ct=10.99; 12 ct=19.99
Charmin | Ultra Strong Toilet Paper, Mega Rolls | 6 ct=10.99
Cottonelle | Ultra Clean Toilet Paper, Mega Rolls | 6 ct=9.99
Scott | 1000 Sheets Per Roll Toilet Paper | 4 ct=4.99
Angel Soft | Toilet Paper, Double Rolls | 4 ct=3.99
Bounty | Select-A-Size Paper Towels, Double Rolls | 2 ct=6.99; 6 ct=17.99
Kleenex | Trusted Care Facial Tissues | 160 ct=2.49
Kleenex | Ultra Soft Facial Tissues, Cube | 65 ct=2.29
Puffs | Plus Lotion Facial Tissues | 124 ct=2.79
Cottonelle | FreshCare Flushable Wet Wipes | 42 ct=3.99
Dixie | Everyday Paper Plates, 8.5 in | 40 ct=4.99
Vanity Fair | Everyday Napkins | 100 ct=3.79
$T | Premium Bath Tissue, Double Rolls | 12 ct=9.99
$T | Paper Towels, Big Roll | 2 ct=4.99
$T | Facial Tissue | 160 ct=1.69

## household / cleaning supplies @ Aisle 15 right
Clorox | Disinfecting Wipes, Fresh Scent | 35 ct=4.49; 75 ct=6.99
Clorox | Regular Bleach | 43 fl oz=4.29
Lysol | Disinfectant Spray, Crisp Linen | 12.5 oz=7.99
Windex | Original Glass Cleaner | 23 fl oz=4.99
Dawn | Ultra Dishwashing Liquid Dish Soap, Original | 19.4 fl oz=3.99
Cascade | Complete ActionPacs Dishwasher Detergent, Fresh | 21 ct=7.99
Scrub Daddy | Original Scratch-Free Sponge | =4.49
Scotch-Brite | Heavy Duty Scrub Sponges | 3 ct=4.29
Swiffer | Sweeper Dry Sweeping Pad Refills | 16 ct=8.99
Febreze | Air Effects Air Freshener, Linen & Sky | 8.8 oz=4.49
Glade | Automatic Spray Refill, Clean Linen | 6.2 oz=6.49
Mr. Clean | Magic Eraser Original Cleaning Pads | 4 ct=5.99
$T | All-Purpose Cleaner with Bleach | 32 fl oz=2.99
$T | Disinfecting Wipes, Lemon | 80 ct=4.49
$T | Dish Soap, Original | 24 fl oz=1.99

## household / laundry @ Aisle 15 right
Tide | Original Liquid Laundry Detergent | 46 fl oz=12.99
Tide | PODS Laundry Detergent Pacs, Original | 16 ct=6.99
Gain | Original Liquid Laundry Detergent | 46 fl oz=11.49
all | Free Clear Liquid Laundry Detergent | 36 fl oz=8.99
Downy | Ultra Fabric Softener, April Fresh | 34 fl oz=6.99
Bounce | Dryer Sheets, Outdoor Fresh | 80 ct=5.99
Shout | Triple-Acting Laundry Stain Remover Spray | 22 fl oz=4.99
Tide | To Go Instant Stain Remover Pen | =3.99
Woolite | Delicates Hand Wash Laundry Detergent | 16 fl oz=5.99
$T | Free & Clear Laundry Detergent | 50 fl oz=5.99
$T | Dryer Sheets, Fresh Scent | 120 ct=3.99

## household / bags wraps @ Aisle 15 right
Ziploc | Gallon Storage Bags | 19 ct=4.99
Ziploc | Sandwich Bags | 90 ct=4.49
Glad | ForceFlex Tall Kitchen Drawstring Trash Bags, 13 Gallon | 20 ct=8.99
Hefty | Ultra Strong Tall Kitchen Trash Bags, 13 Gallon | 40 ct=12.99
Reynolds Wrap | Standard Aluminum Foil | 75 sq ft=5.49
Glad | ClingWrap Plastic Wrap | 100 sq ft=3.99
$T | Small Trash Bags, 4 Gallon | 30 ct=2.99
$T | Storage Bags, Quart | 25 ct=2.49

## household / home essentials @ Aisle 18 right
GE | LED Light Bulbs, 60W Equivalent, Soft White A19 | 4 pk=9.99
GE | LED Light Bulbs, 100W Equivalent, Daylight A19 | 2 pk=8.99
Krazy Glue | Original Crazy Glue All Purpose | 0.07 oz=3.99
Gorilla | Super Glue Gel | 0.2 oz=5.49
Duck Tape | Original Duct Tape, Silver, 1.88 in x 20 yd | =5.99
BIC | Classic Lighter, Assorted | 2 ct=3.99
Diamond | Strike on Box Kitchen Matches | 300 ct=2.49
Energizer | LED Flashlight, Includes 2 AA Batteries | =9.99
Energizer | Vision HD Headlamp | =14.99
Command | Small Wire Hooks | 9 hooks=5.49
Yankee Candle | Clean Cotton Medium Jar Candle | 14.5 oz=24.99
Febreze | Small Spaces Air Freshener, Linen & Sky | 2 ct=5.99

## food / snacks @ Aisle 16 left
Lay's | Classic Potato Chips | 8 oz=4.99
Lay's | Barbecue Flavored Potato Chips | 7.75 oz=4.99
Doritos | Nacho Cheese Flavored Tortilla Chips | 9.25 oz=5.49
Doritos | Cool Ranch Flavored Tortilla Chips | 9.25 oz=5.49
Cheetos | Crunchy Cheese Flavored Snacks | 8.5 oz=4.99
Ruffles | Original Potato Chips | 8 oz=4.99
Pringles | Original Potato Crisps | 5.2 oz=2.79
Pringles | Sour Cream & Onion Potato Crisps | 5.5 oz=2.79
Smartfood | White Cheddar Flavored Popcorn | 6.75 oz=4.99
SkinnyPop | Original Popcorn | 4.4 oz=4.49
Goldfish | Cheddar Crackers | 6.6 oz=2.99
Cheez-It | Original Baked Snack Crackers | 12.4 oz=5.29
Ritz | Original Crackers | 13.7 oz=4.99
Oreo | Chocolate Sandwich Cookies | 13.29 oz=5.49
Chips Ahoy! | Original Chocolate Chip Cookies | 13 oz=4.99
Planters | Dry Roasted Peanuts, Lightly Salted | 16 oz=4.99
Blue Diamond | Almonds, Whole Natural | 6 oz=4.99
Jack Link's | Original Beef Jerky | 2.85 oz=8.49
Nature Valley | Crunchy Granola Bars, Oats 'n Honey | 12 ct=4.49
KIND | Bar, Dark Chocolate Nuts & Sea Salt | 1.4 oz=1.99
Clif Bar | Energy Bar, Chocolate Chip | 2.4 oz=1.79
$G | Abound Classic Trail Mix | 14 oz=6.99
$G | Lightly Salted Mixed Nuts | 10.3 oz=7.49
$G | Kettle Cooked Sea Salt Potato Chips | 8 oz=3.49

## food / candy gum @ Front end
M&M's | Peanut Chocolate Candy, Sharing Size | 3.27 oz=2.99
M&M's | Milk Chocolate Candy, Family Size | 18 oz=8.49
Snickers | Chocolate Candy Bar, Full Size | 1.86 oz=1.99
Reese's | Peanut Butter Cups, 2 ct | 1.5 oz=1.89
Kit Kat | Milk Chocolate Wafer Candy Bar | 1.5 oz=1.89
Hershey's | Milk Chocolate Bar | 1.55 oz=1.89
Twix | Caramel Cookie Bar, Full Size | 1.79 oz=1.99
Skittles | Original Candy, Sharing Size | 4 oz=2.79
Sour Patch Kids | Soft & Chewy Candy | 3.6 oz=2.49
Haribo | Goldbears Gummi Candy | 5 oz=2.49
Twizzlers | Twists, Strawberry | 16 oz=3.99
Lindt | Lindor Milk Chocolate Truffles | 5.1 oz=5.99
Trident | Original Sugar Free Gum, Spearmint | 14 pc=1.69
Extra | Polar Ice Sugar Free Chewing Gum | 15 pc=1.79
Orbit | Peppermint Sugar Free Gum | 14 pc=1.69
5 Gum | Rain Spearmint Sugar Free Gum | 15 pc=2.19
Altoids | Curiously Strong Mints, Peppermint | 1.76 oz=3.49
Tic Tac | Fresh Mint Breath Mints | 1 oz=1.79

## food / beverages @ Coolers
Coca-Cola | Classic Soda | 20 fl oz=2.49; 12 pk 12 fl oz cans=8.99
Diet Coke | Soda | 20 fl oz=2.49
Coca-Cola | Zero Sugar Soda | 20 fl oz=2.49
Pepsi | Cola Soda | 20 fl oz=2.39
Sprite | Lemon-Lime Soda | 20 fl oz=2.49
Dr Pepper | Soda | 20 fl oz=2.39
Mountain Dew | Soda | 20 fl oz=2.39
Gatorade | Thirst Quencher, {v} | 28 fl oz=2.49 | Fruit Punch; Cool Blue; Lemon-Lime
Powerade | Mountain Berry Blast Sports Drink | 28 fl oz=2.29
Aquafina | Purified Drinking Water | 24 pk 16.9 fl oz=6.99
Dasani | Purified Water | 20 fl oz=1.99
Poland Spring | 100% Natural Spring Water | 1 L=1.99
Red Bull | Energy Drink | 8.4 fl oz=3.29; 12 fl oz=3.99
Monster | Energy Drink, Original Green | 16 fl oz=3.19
Starbucks | Frappuccino Chilled Coffee Drink, Mocha | 13.7 fl oz=3.99
AriZona | Green Tea with Ginseng and Honey | 23 fl oz=1.29
Fairlife | 2% Reduced Fat Ultra-Filtered Milk | 52 fl oz=4.99
Horizon Organic | Whole Milk | 0.5 gal=5.49
Nesquik | Chocolate Lowfat Milk | 14 fl oz=2.99
$G | Purified Water | 24 pk 16.9 fl oz=4.99
$G | Spring Water | 1 gal=1.79

## food / grocery @ Aisle 16 right
Campbell's | Condensed Chicken Noodle Soup | 10.75 oz=1.99
Campbell's | Condensed Tomato Soup | 10.75 oz=1.69
Kraft | Macaroni & Cheese Dinner, Original | 7.25 oz=1.79
Maruchan | Ramen Noodle Soup, Chicken | 3 oz=0.49
Cup Noodles | Chicken Flavor Ramen Noodle Soup | 2.25 oz=1.29
Cheerios | Toasted Whole Grain Oat Cereal | 8.9 oz=4.99
Kellogg's | Frosted Flakes Cereal | 13.5 oz=5.29
Quaker | Instant Oatmeal, Maple & Brown Sugar | 10 ct=4.49
Folgers | Classic Roast Ground Coffee | 9.6 oz=7.99
Starbucks | Pike Place Roast K-Cup Pods | 10 ct=9.99
Lipton | Black Tea Bags | 100 ct=5.49
Jif | Creamy Peanut Butter | 16 oz=3.99
Smucker's | Concord Grape Jelly | 18 oz=3.49
StarKist | Chunk Light Tuna in Water | 5 oz=1.69
Coffee-mate | Original Powdered Coffee Creamer | 11 oz=3.99
$G | Creamy Peanut Butter | 16 oz=2.99

## cards party / greeting cards @ Aisle 17 left
Hallmark | Birthday Card for Mom, Floral Bouquet | =5.99
Hallmark | Birthday Card for Dad, Fishing Boat | =5.99
Hallmark | Funny Birthday Card, Grumpy Cat | =4.99
Hallmark | Birthday Card for Kids, Dinosaur with Stickers | =3.99
Hallmark | Birthday Card for Her, Gold Foil Cake | =6.99
Hallmark | Birthday Card for Grandma, Butterflies | =5.99
Hallmark | Mahogany Birthday Card for Him | =4.99
Hallmark | Sympathy Card, White Lilies | =5.99
Hallmark | Get Well Card, Sunflowers | =4.99
Hallmark | Wedding Card, Mr. & Mrs. | =6.99
Hallmark | Anniversary Card for Wife, Roses | =7.99
Hallmark | Anniversary Card for Husband | =7.99
Hallmark | New Baby Card, Footprints | =5.99
Hallmark | Thank You Cards, Assorted Designs | 10 ct=7.99
Hallmark | Christmas Boxed Cards, Snowy Cardinal | 16 ct=9.99
Hallmark | Christmas Card for Family, Gold Ornaments | =5.99
American Greetings | Birthday Card for Husband, Funny Dog | =4.99
American Greetings | Birthday Card for Friend, Balloons | =3.99
American Greetings | Thinking of You Card, Watercolor Flowers | =4.49
American Greetings | Congratulations Card, Confetti | =3.99
American Greetings | Blank Note Cards with Envelopes | 20 ct=5.99
Papyrus | Birthday Card, Handmade Embellished Cake | =7.95

## cards party / gift wrap party @ Aisle 17 right
Hallmark | Large Gift Bag with Tissue Paper, Birthday Balloons | 13 in=5.99
Hallmark | Medium Gift Bag, Kraft with Gold Polka Dots | 9 in=3.99
Hallmark | White Tissue Paper | 10 sheets=2.49
American Greetings | Birthday Wrapping Paper, Colorful Confetti | 22.5 sq ft=4.99
Scotch | Gift Wrap Tape, 3/4 in x 450 in | 2 rolls=3.99
Anagram | Happy Birthday Foil Balloon, 18 in | =4.99
Amscan | Happy Birthday Letter Banner, Multicolor | =4.49
Amscan | Birthday Candles, Multicolor | 24 ct=2.49
Amscan | Number Birthday Candle, Gold Glitter, {v} | =2.99 | 1; 5; 30; 50
Solo | Squared Plastic Party Cups, Red, 18 oz | 30 ct=5.99
Hefty | Everyday Foam Plates, 8 7/8 in | 50 ct=4.99
$T | Assorted Curling Ribbon | 3 rolls=2.99

## general merchandise / batteries @ Aisle 18 left
Duracell | Coppertop AA Alkaline Batteries | 4 pk=6.99; 8 pk=10.99; 16 pk=18.99
Duracell | Coppertop AAA Alkaline Batteries | 4 pk=6.99; 8 pk=10.99
Duracell | Coppertop 9V Alkaline Batteries | 2 pk=9.49
Duracell | Coppertop C Alkaline Batteries | 2 pk=6.99
Duracell | Coppertop D Alkaline Batteries | 2 pk=6.99
Duracell | 2032 Lithium Coin Battery | 2 pk=6.49
Energizer | MAX AA Alkaline Batteries | 8 pk=10.49; 20 pk=21.99
Energizer | MAX AAA Alkaline Batteries | 8 pk=10.49
Energizer | Ultimate Lithium AA Batteries | 4 pk=11.99
Energizer | 2032 Lithium Coin Batteries | 2 pk=5.99
Rayovac | Hearing Aid Batteries, Size 312 | 16 ct=14.99
Rayovac | Hearing Aid Batteries, Size 13 | 16 ct=14.99
$H | Alkaline AA Batteries | 8 pk=6.99
$H | Alkaline AAA Batteries | 8 pk=6.99
Duracell | Coppertop AA Alkaline Batteries | 2 pk=3.99 | | @Front end

## general merchandise / phone accessories @ Aisle 18 left
Apple | USB-C to Lightning Cable, 1 m | =19.00
Apple | 20W USB-C Power Adapter | =19.00
Belkin | BoostCharge USB-C to Lightning Cable, 3 ft, White | =19.99
Belkin | BoostCharge 20W USB-C PD Wall Charger | =19.99
Belkin | BoostCharge USB-C to USB-C Cable, 3 ft | =14.99
Anker | PowerLine III USB-C to USB-C Cable, 6 ft | =14.99
Anker | PowerCore 10000 Portable Charger | =29.99
Scosche | Dual USB Car Charger, 12W | =19.99
iEssentials | Lightning to USB Charge & Sync Cable, 6 ft | =14.99
iEssentials | Micro USB Charge & Sync Cable, 3 ft | =9.99
JLab | Go Air Pop True Wireless Earbuds, Black | =19.99
Skullcandy | Jib Wired Earbuds with Microphone, Black | =9.99
PopSockets | PopGrip Phone Grip, Black | =14.99
iEssentials | Universal Phone Car Vent Mount | =14.99
$H | USB Wall Charger, Dual Port | =9.99

## general merchandise / photo @ Aisle 18 right
SanDisk | Ultra 64GB microSDXC UHS-I Memory Card with Adapter | =19.99
SanDisk | Ultra 32GB SDHC UHS-I Memory Card | =12.99
SanDisk | Cruzer Glide 32GB USB 2.0 Flash Drive | =12.99
Kodak | FunSaver Single Use Camera with Flash, 27 Exposures | =17.99
Fujifilm | QuickSnap Flash 400 Disposable Camera, 27 Exposures | =18.99
Fujifilm | Instax Mini Instant Film Twin Pack, 20 Exposures | =16.99
Pioneer | Photo Album, Holds 100 4x6 Photos, Assorted Colors | =6.99
Malden | 5x7 Picture Frame, Black | =9.99
Malden | 4x6 Picture Frame, Silver | =7.99
Kodak | Photo Paper Glossy 4x6 | 100 sheets=12.99

## general merchandise / office school @ Aisle 18 right
BIC | Round Stic Xtra Life Ballpoint Pens, Black | 10 ct=2.99
Pilot | G2 Premium Gel Roller Pens, Black, Fine Point | 4 ct=6.99
Sharpie | Permanent Markers, Fine Point, Black | 2 ct=3.49
Ticonderoga | #2 Pencils, Presharpened | 12 ct=4.49
Scotch | Magic Tape, 3/4 in x 650 in | =3.49
Elmer's | All Purpose Glue Sticks | 3 ct=2.99
Post-it | Notes, 3 in x 3 in, Canary Yellow | 4 pads=5.99
Mead | Spiral Notebook, 1 Subject, Wide Ruled, 70 Sheets | =1.99
Mead | #10 Security Envelopes, Self Seal | 40 ct=4.49
Scotch | Heavy Duty Shipping Packaging Tape | 1 roll=4.99
Fiskars | 8 in Scissors, Orange | =6.99
Avery | Mailing Address Labels, White | 30 sheets=9.99

## seasonal / holiday @ Seasonal
- | Mini LED Christmas String Lights, Warm White | 100 ct=9.99
- | Mini LED Christmas String Lights, Multicolor | 100 ct=9.99
GE | Color Effects LED Christmas String Lights | 50 ct=19.99
- | Shatterproof Christmas Ball Ornaments, Red & Gold | 24 ct=12.99
- | Red Velvet Christmas Stocking with Cuff, 18 in | =6.99
- | Pre-Lit Tabletop Christmas Tree, 2 ft | =19.99
- | Christmas Gift Wrap, 3-Roll Pack | 90 sq ft=9.99
- | Christmas Gift Bags, Assorted Sizes | 6 ct=7.99
- | Holiday Gift Tags, Self-Adhesive | 60 ct=2.99
- | Peppermint Candy Canes | 12 ct=1.99
Hershey's | Kisses Milk Chocolates, Holiday Foils | 10.1 oz=5.49
Lindt | Lindor Holiday Milk Chocolate Truffles | 8.5 oz=9.99
Russell Stover | Assorted Chocolates Holiday Gift Box | 9.5 oz=9.99
Burt's Bees | Essential Everyday Beauty Gift Set | 5 pc=11.99
Old Spice | Swagger Holiday Gift Set, Body Wash & Deodorant | =12.99
Dove | Men+Care Holiday Gift Set | 3 pc=14.99
Hallmark | Christmas Tissue Paper, Red & Green | 20 sheets=3.49
- | Scented Pine Candle, Mason Jar | 12 oz=7.99
- | Plush Holiday Teddy Bear, 12 in | =9.99
- | Holiday Santa Hat, Red | =3.99
Reese's | Peanut Butter Trees | 6 pk=5.99

## seasonal / winter essentials @ Seasonal
HotHands | Hand Warmers | 10 pr=8.99
HotHands | Toe Warmers | 5 pr=6.99
totes | Auto Open Compact Umbrella, Black | =19.99
- | Knit Touchscreen Gloves, Black, One Size | =7.99
- | Knit Cuffed Beanie Hat, Gray | =7.99
- | Cozy Fleece Throw Blanket, 50 x 60 in, Plaid | =14.99
- | Fuzzy Crew Socks, Assorted Colors | 1 pr=4.99
- | Snow Brush with Ice Scraper, 26 in | =9.99
Prestone | De-Icer Windshield Spray | 11 oz=5.99
"""

ZONES = ('Pharmacy counter', 'Front end', 'Coolers', 'Seasonal')


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def parse_place(p):
    p = p.strip()
    m = re.match(r'(Aisle \d+) (left|right)$', p)
    if m:
        return m.group(1), m.group(2)
    if p not in ZONES:
        raise ValueError('unknown place %r' % p)
    return p, ''


def expand(spec, rng):
    items, section = [], None
    for ln, raw in enumerate(spec.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith('#') and not line.startswith('##'):
            continue
        if line.startswith('##'):
            m = re.match(r'##\s*(.+?)\s*/\s*(.+?)\s*@\s*(.+)$', line)
            places = [parse_place(p) for p in m.group(3).split(';')]
            section = (m.group(1), m.group(2), places)
            continue
        f = [x.strip() for x in line.split('|')]
        f += [''] * (5 - len(f))
        brand, tmpl, sizes, variants, opts = f[:5]
        brand = HOUSE.get(brand, brand)
        sz = []
        for s in sizes.split(';'):
            label, price = s.rsplit('=', 1)
            sz.append((label.strip(), price.strip()))
        vs = [v.strip() for v in variants.split(';')] if variants else [None]
        pick, place = None, None
        m = re.search(r'pick=(\d+)', opts)
        if m:
            pick = int(m.group(1))
        m = re.search(r'@(.+)$', opts)
        if m:
            place = parse_place(m.group(1))
        combos = [(v, s) for v in vs for s in sz]
        if pick and pick < len(combos):
            keep = set(rng.sample(range(len(combos)), pick))
            combos = [c for i, c in enumerate(combos) if i in keep]
        for v, (label, price) in combos:
            t = tmpl
            if v is not None:
                t = t.replace('{v}', v) if '{v}' in t else t + ', ' + v
            if '{s}' in t:
                t = t.replace('{s}', label)
            elif label:
                t = t + ', ' + label
            name = t if brand == '-' else brand + ' ' + t
            name = re.sub(r'\s+', ' ', name).replace(' ,', ',').strip()
            items.append(dict(name=name, brand=brand, department=section[0], category=section[1],
                              price='%.2f' % float(price), places=[place] if place else section[2],
                              line=ln))
    return items


def thin(items, rng):
    """A store carries only part of each range: drop some of the extra sizes/variants of a
    product line (never its first one), about DROP_EXTRA of them."""
    seen, left = set(), []
    for it in items:
        if it['line'] in seen and rng.random() < DROP_EXTRA:
            continue
        seen.add(it['line'])
        left.append(it)
    return left


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'catalog.csv')
    rng = random.Random(SEED)
    items = expand(SPEC, rng)
    items = thin(items, rng)
    names = [it['name'] for it in items]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit('duplicate names: %s' % sorted(dup))

    # places and bays: split each section's products evenly over its places, in order,
    # and number bays along each aisle side / zone in the order products appear (4-7 per bay)
    next_bay, fill = {}, {}
    groups = {}
    for it in items:
        groups.setdefault((it['category'], tuple(it['places'])), []).append(it)
    for (cat, places), group in groups.items():
        per = math.ceil(len(group) / len(places))
        for i, it in enumerate(group):
            place = places[min(i // per, len(places) - 1)]
            key = place
            if key not in next_bay:
                next_bay[key], fill[key] = 1, 0
            cap = rng.randint(4, 7)
            if fill[key] >= cap:
                next_bay[key] += 1
                fill[key] = 0
            fill[key] += 1
            it['aisle'], it['side'], it['bay'] = place[0], place[1], next_bay[key]
        # the next section on the same place starts on a new bay
        for place in set(places):
            if place in fill and fill[place]:
                next_bay[place] += 1
                fill[place] = 0

    # stock: exactly 8% out of stock, the rest 1..60 (cheap things deeper stocked)
    n = len(items)
    out_idx = set(rng.sample(range(n), round(OUT_OF_STOCK * n)))
    for i, it in enumerate(items):
        if i in out_idx:
            it['quantity'] = 0
        else:
            p = float(it['price'])
            top = 60 if p < 10 else 30 if p < 30 else 12
            it['quantity'] = rng.randint(1, top)

    # GTIN: one GS1-style company prefix per brand, item numbers unique
    prefixes, used_gtin, used_sku = {}, set(), set()
    for it in items:
        b = it['brand']
        if b not in prefixes:
            while True:
                p = '0' + '%06d' % rng.randint(10000, 999999)
                if p not in prefixes.values():
                    break
            prefixes[b] = p
        while True:
            g = ean13(prefixes[b] + '%05d' % rng.randint(0, 99999))
            if g not in used_gtin:
                used_gtin.add(g)
                break
        it['gtin'] = g
        while True:
            s = str(rng.randint(10 ** (SKU_DIGITS - 1), 10 ** SKU_DIGITS - 1))
            if s not in used_sku:
                used_sku.add(s)
                break
        it['sku'] = s

    items.sort(key=lambda it: it['sku'])
    cols = ['sku', 'gtin', 'name', 'department', 'category', 'price', 'quantity', 'aisle', 'side', 'bay']
    with open(out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(cols)
        for it in items:
            w.writerow([it[c] for c in cols])
    print('%d products -> %s' % (n, out))


if __name__ == '__main__':
    main()
