#!/usr/bin/env python3
"""Generates the blind5 beauty & cosmetics store: catalog.csv + questions.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import build, Q

CATALOG = r"""
DEPT makeup
CAT foundation @ Aisle 1 left
Maybelline Fit Me Matte + Poreless Liquid Foundation, 1 fl oz, {110 Porcelain|120 Classic Ivory|128 Warm Nude|220 Natural Beige|230 Natural Buff|240 Golden Beige|310 Sun Beige|330 Toffee|355 Coconut|360 Mocha} $9.99
+L'Oreal Paris Infallible 24H Fresh Wear Foundation, 1 fl oz, {410 Linen|440 Nude Beige|470 Warm Honey|510 Caramel|530 Mocha} $16.99
+Revlon ColorStay Makeup for Combination/Oily Skin, 1 fl oz, {150 Buff|220 Natural Beige|330 Natural Tan} $15.49
+CoverGirl Clean Fresh Skin Milk Foundation, 1 fl oz, {Light|Medium|Deep} $11.99
+Fenty Beauty Pro Filt'r Soft Matte Longwear Foundation, 1.08 fl oz, {110|150|240|330|445|498} $40.00
+Estee Lauder Double Wear Stay-in-Place Foundation, 1 fl oz, {1W1 Bone|2W1 Dawn|3W1 Tawny} $52.00
+Clinique Even Better Clinical Serum Foundation SPF 20, 1 fl oz, {CN 28 Ivory|CN 52 Neutral|WN 76 Toasted Wheat} $45.00
+NYX Professional Makeup Can't Stop Won't Stop Full Coverage Foundation, 1 fl oz, {Light Ivory|Natural|Warm Honey|Mocha} $15.00
+Too Faced Born This Way Natural Finish Foundation, 1 fl oz, {Porcelain|Warm Beige|Chestnut} $42.00
IT Cosmetics Your Skin But Better CC+ Cream with SPF 50+, 1.08 fl oz, {Light|Medium|Tan} $47.00
CAT concealer powder @ Aisle 1 left
Maybelline Instant Age Rewind Eraser Concealer, {110 Fair|120 Light|130 Medium|150 Neutralizer} $10.99
+Tarte Shape Tape Full Coverage Concealer, {12N Fair Neutral|27S Light Sand|35N Medium} $32.00
+NYX Professional Makeup Can't Stop Won't Stop Contour Concealer, {Light|Medium|Deep} $12.00
+NARS Radiant Creamy Concealer, 0.22 fl oz, {Vanilla|Custard|Caramel} $32.00
+e.l.f. Hydrating Camo Concealer, {Fair Warm|Light Sand|Medium Neutral} $7.00
Laura Mercier Translucent Loose Setting Powder, 1 oz $43.00
+Coty Airspun Loose Face Powder, Translucent Extra Coverage, 1.2 oz $8.99
+Maybelline Fit Me Matte + Poreless Pressed Powder, {115 Ivory|220 Natural Beige|310 Sun Beige} $9.49
CAT primer setting spray @ Aisle 1 left
e.l.f. Power Grip Primer, 0.811 fl oz $10.00
+Smashbox Photo Finish Smooth & Blur Oil-Free Primer, 1 fl oz $39.00
+Milk Makeup Hydro Grip Primer, 1.5 fl oz $38.00
Urban Decay All Nighter Long-Lasting Makeup Setting Spray, 4 fl oz $36.00
+NYX Professional Makeup Matte Finish Setting Spray, 6.08 fl oz $10.00
+e.l.f. Stay All Day Micro-Fine Setting Mist, 2.7 fl oz $7.00
CAT blush bronzer @ Aisle 1 right
Milani Baked Blush, {Luminoso|Dolce Pink|Rose D'Oro} $9.99
+NARS Blush, {Orgasm|Behave} $34.00
+e.l.f. Putty Blush, {Bora Bora|Tahiti} $7.00
+Rare Beauty Soft Pinch Liquid Blush, {Joy|Hope|Grace} $23.00
Physicians Formula Murumuru Butter Bronzer, {Light Bronzer|Bronzer} $16.99
+Benefit Cosmetics Hoola Matte Bronzer, 0.28 oz $35.00
Fenty Beauty Killawatt Freestyle Highlighter, Trophy Wife $40.00
+Maybelline Master Chrome Metallic Highlighter, Molten Gold $9.99
NYX Professional Makeup Wonder Stick Highlight & Contour Stick, {Light|Medium} $12.00
CAT eye makeup @ Aisle 2 left
Maybelline Lash Sensational Sky High Washable Mascara, {Blackest Black|Brownish Black|Very Black} $12.99
+Maybelline Great Lash Washable Mascara, {Blackest Black|Brownish Black} $7.49
+L'Oreal Paris Voluminous Lash Paradise Waterproof Mascara, Blackest Black $13.99
+Too Faced Better Than Sex Mascara, Black $29.00
+Lancome Lash Idole Lash-Lifting Mascara, Glossy Black $29.00
+Benefit Cosmetics They're Real! Lengthening Mascara, Black $29.00
+Essence Lash Princess False Lash Effect Mascara, Black $4.99
+CoverGirl LashBlast Volume Waterproof Mascara, Very Black $10.99
Urban Decay 24/7 Glide-On Waterproof Eyeliner Pencil, {Perversion|Zero} $24.00
+Wet n Wild Color Icon Kohl Eyeliner Pencil, {Baby's Got Black|Simma Brown Now} $1.99
+NYX Professional Makeup Jumbo Eye Pencil, {Milk|Black Bean} $5.50
+Stila Stay All Day Waterproof Liquid Eye Liner, Intense Black $24.00
+NYX Professional Makeup Epic Ink Liner, Black $10.00
+Maybelline Eye Studio Master Precise All Day Liquid Eyeliner, Black $9.99
Urban Decay Naked Reloaded Eyeshadow Palette $49.00
+Anastasia Beverly Hills Soft Glam Eyeshadow Palette $49.00
+Morphe 35O Nature Glow Artistry Palette $25.00
+Huda Beauty Nude Obsessions Eyeshadow Palette, Nude Medium $29.00
+Maybelline The Nudes Eyeshadow Palette $12.99
+Wet n Wild Color Icon 10-Pan Eyeshadow Palette, Comfort Zone $5.99
+e.l.f. Bite-Size Eyeshadow, Cream & Sugar $3.00
CAT false lashes @ Aisle 2 left
Ardell Natural Lashes, {Demi Wispies|Wispies|110|120}, 1 Pair $5.99
+KISS Lash Couture Faux Mink False Eyelashes, Muse, 1 Pair $7.99
+Ardell Magnetic Lashes Accent 002, 1 Pair $14.99
Ardell LashGrip Strip Lash Adhesive, Clear, 0.25 oz $5.99
+DUO Strip Eyelash Adhesive, Dark Tone, 0.25 oz $7.99
CAT brow makeup @ Aisle 2 left
Anastasia Beverly Hills Brow Wiz, {Soft Brown|Medium Brown|Dark Brown|Ebony} $25.00
+NYX Professional Makeup Micro Brow Pencil, {Taupe|Brunette|Espresso} $12.00
+Maybelline Express Brow Ultra Slim Defining Eyebrow Pencil, {Soft Brown|Deep Brown} $8.99
Benefit Cosmetics Gimme Brow+ Volumizing Eyebrow Gel, {3 Warm Light Brown|4 Warm Deep Brown} $26.00
+e.l.f. Wow Brow Gel, Clear $6.00
CAT lip makeup @ Aisle 2 right
MAC Matte Lipstick, {Ruby Woo|Velvet Teddy|Chili|Whirl|Diva} $24.00
+Maybelline SuperStay Matte Ink Liquid Lipstick, {Lover|Pioneer|Seductress|Ruler|Poet|Dreamer} $11.99
+Revlon Super Lustrous Lipstick, {Cherries in the Snow|Pink in the Afternoon|Rum Raisin} $9.99
+L'Oreal Paris Colour Riche Original Satin Lipstick, {Fairest Nude|Spice} $10.99
+Charlotte Tilbury Matte Revolution Lipstick, Pillow Talk $35.00
+NYX Professional Makeup Lip Lingerie XXL Matte Liquid Lipstick, {Bust Ed|Strip'd Down|Undressd} $10.00
+Clinique Almost Lipstick, Black Honey $24.00
Dior Addict Lip Glow Oil, {Pink|Cherry} $40.00
NYX Professional Makeup Butter Gloss, {Creme Brulee|Madeleine|Sugar High|Tiramisu|Angel Food Cake} $6.00
+Fenty Beauty Gloss Bomb Universal Lip Luminizer, {Fenty Glow|Hot Chocolit} $21.00
NYX Professional Makeup Slim Lip Pencil, {Nude Truffle|Espresso|Natural} $5.00
+MAC Lip Pencil, Spice $24.00
CAT lip care @ Front Register
Burt's Bees 100% Natural Moisturizing Lip Balm, Beeswax, {1 ct:3.99|4 pk:10.99} $3.99
+ChapStick Classic Original, 3 ct $3.49
+Carmex Classic Lip Balm Jar, 0.25 oz $2.49
+Aquaphor Lip Repair Ointment, 0.35 oz $4.49
+Summer Fridays Lip Butter Balm, Vanilla $24.00
Laneige Lip Sleeping Mask, Berry, 0.7 oz $24.00
e.l.f. Glow Reviver Lip Oil, {Pink Quartz|Honey Talks} $8.00
CAT makeup brushes sponges @ Aisle 3 left
Real Techniques Miracle Complexion Sponge, {1 ct:6.99|4 pk:19.99} $6.99
+Beautyblender Original Makeup Sponge, Pink $20.00
Real Techniques Everyday Essentials Makeup Brush Set, 5 pc $19.99
+EcoTools Start the Day Beautifully Makeup Brush Kit, 6 pc $14.99
Real Techniques Expert Face Brush $10.99
+e.l.f. Flawless Foundation Brush $6.00
+Morphe M439 Deluxe Buffer Brush $18.00
Cinema Secrets Makeup Brush Cleaner, 4 fl oz $12.00
CAT beauty tools @ Aisle 3 left
Tweezerman Slant Tweezer, Classic Stainless $25.00
+Revlon Expert Slant Tip Tweezer $7.99
Tweezerman ProCurl Eyelash Curler $22.00
+Revlon Extra Curl Eyelash Curler $6.99
Schick Hydro Silk Touch-Up Dermaplaning Tool, 3 ct $5.99
Conair Reflections Double-Sided Lighted Makeup Mirror $34.99
Swisspers Premium Cotton Rounds, 100 ct $2.49
+Q-tips Cotton Swabs, 500 ct $5.49
Clean & Clear Oil Absorbing Sheets, 50 ct $6.49

DEPT skincare
CAT cleansers @ Aisle 4 left
CeraVe Hydrating Facial Cleanser, {8 fl oz:14.99|16 fl oz:17.99} $14.99
+CeraVe Foaming Facial Cleanser, 16 fl oz $17.99
+CeraVe Acne Foaming Cream Cleanser, 5 fl oz $13.99
+La Roche-Posay Toleriane Hydrating Gentle Face Cleanser, 13.52 fl oz $16.99
+Cetaphil Gentle Skin Cleanser, 16 fl oz $15.49
+CeraVe Renewing SA Cleanser, 16 fl oz $17.99
+Neutrogena Oil-Free Acne Wash, 6 fl oz $9.49
+Youth To The People Superfood Antioxidant Cleanser, 8 fl oz $39.00
+Fresh Soy Face Cleanser, 5.1 fl oz $40.00
Garnier SkinActive Micellar Cleansing Water, All-in-1, {13.5 fl oz:9.99|23.7 fl oz:13.99} $9.99
+Bioderma Sensibio H2O Micellar Water, 8.4 fl oz $14.99
Neutrogena Makeup Remover Cleansing Towelettes, {25 ct:7.99|2 pk, 50 ct:13.99} $7.99
+Clinique Take The Day Off Cleansing Balm, 3.8 oz $38.00
CAT moisturizers @ Aisle 4 right
CeraVe PM Facial Moisturizing Lotion, 3 fl oz $17.99
+CeraVe AM Facial Moisturizing Lotion SPF 30, 3 fl oz $17.99
+CeraVe Moisturizing Cream, {16 oz:19.99|19 oz:21.99} $19.99
+Neutrogena Hydro Boost Water Gel, 1.7 oz $21.99
+Olay Regenerist Micro-Sculpting Cream, 1.7 oz $29.99
+Olay Regenerist Retinol24 Night Moisturizer, 1.7 oz $34.99
+La Roche-Posay Toleriane Double Repair Face Moisturizer, 2.5 fl oz $21.99
+Clinique Dramatically Different Moisturizing Lotion+, 4.2 fl oz $32.00
+Cetaphil Moisturizing Cream, 16 oz $15.99
+Vanicream Moisturizing Cream, 16 oz $16.49
+Bubble Skincare Slam Dunk Hydrating Moisturizer, 1.7 fl oz $17.99
+Kiehl's Ultra Facial Cream, 1.7 fl oz $38.00
+First Aid Beauty Ultra Repair Cream, 6 oz $38.00
+Drunk Elephant Protini Polypeptide Cream, 1.69 fl oz $68.00
+Tatcha The Dewy Skin Cream, 1.7 oz $72.00
CeraVe Eye Repair Cream, 0.5 oz $15.99
+Neutrogena Rapid Wrinkle Repair Eye Cream, 0.5 oz $26.99
CAT serums treatments @ Aisle 5 left
The Ordinary Niacinamide 10% + Zinc 1%, {1 fl oz:6.00|2 fl oz:10.90} $6.00
+The Ordinary Hyaluronic Acid 2% + B5, 1 fl oz $8.90
+The Ordinary Retinol 0.5% in Squalane, 1 fl oz $8.60
+The Inkey List Retinol Serum, 1 fl oz $12.99
+Glow Recipe Watermelon Glow Niacinamide Dew Drops, 1.35 fl oz $35.00
+CeraVe Resurfacing Retinol Serum, 1 fl oz $21.99
+Drunk Elephant C-Firma Fresh Day Serum, 1 fl oz $78.00
+TruSkin Vitamin C Serum, 1 fl oz $19.99
+Paula's Choice Skin Perfecting 2% BHA Liquid Exfoliant, 4 fl oz $35.00
The Ordinary Glycolic Acid 7% Exfoliating Toning Solution, 8 fl oz $13.00
+Thayers Alcohol-Free Witch Hazel Toner, Rose Petal, 12 fl oz $10.95
+Pixi Glow Tonic, 8.5 fl oz $29.00
Mario Badescu Facial Spray with Aloe, Herbs and Rosewater, 8 fl oz $12.00
La Roche-Posay Effaclar Duo Dual Action Acne Treatment, 1.35 fl oz $24.99
+Differin Adapalene Gel 0.1% Acne Treatment, 0.5 oz $14.99
+Mario Badescu Drying Lotion, 1 fl oz $17.00
+Hero Cosmetics Mighty Patch Original Pimple Patches, 36 ct $12.99
CAT face masks @ Aisle 5 right
Aztec Secret Indian Healing Clay, 1 lb $14.99
+Peter Thomas Roth Irish Moor Mud Purifying Black Mask, 5 fl oz $58.00
+Freeman Charcoal & Black Sugar Polish Mask, 6 fl oz $5.99
Laneige Water Sleeping Mask, 2.36 fl oz $34.00
+Glow Recipe Watermelon Glow Sleeping Mask, 2.7 fl oz $45.00
Garnier SkinActive Hydrating Sheet Mask, Hyaluronic Acid, {1 ct:3.49|5 pk:14.99} $3.49
Patchology FlashPatch Rejuvenating Eye Gels, 5 Pairs $15.00
CAT sunscreen @ Aisle 5 right
Supergoop! Unseen Sunscreen SPF 40, 1.7 fl oz $38.00
+EltaMD UV Clear Facial Sunscreen SPF 46, 1.7 oz $43.00
+CeraVe Hydrating Mineral Sunscreen SPF 30 Face Lotion, 2.5 fl oz $17.99
+La Roche-Posay Anthelios Melt-In Milk Sunscreen SPF 60, 5 fl oz $37.99
+Neutrogena Ultra Sheer Dry-Touch Sunscreen SPF {55|70}, 3 fl oz $11.99
+Sun Bum Original SPF 50 Sunscreen Lotion, 3 fl oz $15.99
+Banana Boat Sport Ultra Sunscreen Spray SPF 50, 6 oz $10.49
CAT body care @ Aisle 6 left
Aveeno Daily Moisturizing Body Lotion, {12 fl oz:10.99|18 fl oz:13.99} $10.99
+CeraVe Daily Moisturizing Lotion, 19 fl oz $17.99
+Eucerin Advanced Repair Body Lotion, 16.9 fl oz $12.99
+Jergens Ultra Healing Extra Dry Skin Moisturizer, 21 fl oz $9.99
+Vaseline Intensive Care Advanced Repair Body Lotion, 20.3 fl oz $8.99
+Gold Bond Ultimate Healing Skin Therapy Lotion, 14 oz $12.99
+Palmer's Cocoa Butter Formula Massage Lotion for Stretch Marks, 8.5 fl oz $9.49
Sol de Janeiro Brazilian Bum Bum Cream, {2.5 fl oz:25.00|8.1 fl oz:48.00} $25.00
Bio-Oil Skincare Oil, 4.2 fl oz $17.99
Tree Hut Shea Sugar Scrub, {Moroccan Rose|Tropical Mango|Coconut Lime|Watermelon|Vanilla}, 18 oz $10.99
Dove Deep Moisture Body Wash, 22 fl oz $9.99
+Olay Ultra Moisture Body Wash with Shea Butter, 22 fl oz $9.49
+Native Body Wash, Coconut & Vanilla, 18 fl oz $10.99
+Dove Beauty Bar, Original, 4 ct $6.49
O'Keeffe's Working Hands Hand Cream, 3.4 oz $8.99
+L'Occitane Shea Butter Hand Cream, 5.2 fl oz $32.00
+O'Keeffe's Healthy Feet Foot Cream, 3.2 oz $8.99
EcoTools Delicate EcoPouf Loofah, 2 pk $5.99

DEPT hair care
CAT shampoo @ Aisle 7 left
Olaplex No. 4 Bond Maintenance Shampoo, {2 fl oz:14.00|8.5 fl oz:30.00|33.8 fl oz:98.00} $30.00
+Redken All Soft Shampoo, {10.1 fl oz:26.00|33.8 fl oz:54.00} $26.00
+Pureology Hydrate Shampoo, 9 fl oz $36.00
+Paul Mitchell Tea Tree Special Shampoo, {10.14 fl oz:19.00|33.8 fl oz:42.00} $19.00
+Briogeo Don't Despair, Repair! Super Moisture Shampoo, 8 fl oz $38.00
+Kerastase Nutritive Bain Satin Shampoo, 8.5 fl oz $41.00
+Biolage Hydrasource Shampoo, 13.5 fl oz $24.00
+Pantene Pro-V Daily Moisture Renewal Shampoo, 12 fl oz $6.99
+OGX Nourishing + Coconut Milk Shampoo, 13 fl oz $8.99
+SheaMoisture Jamaican Black Castor Oil Strengthen & Restore Shampoo, 13 fl oz $12.99
+Cantu Shea Butter Sulfate-Free Cleansing Cream Shampoo, 13.5 fl oz $7.99
Matrix Total Results Brass Off Blue Shampoo, 10.1 fl oz $24.00
+Redken Color Extend Blondage Purple Shampoo, 10.1 fl oz $28.00
+Clairol Professional Shimmer Lights Purple Shampoo, 16 fl oz $13.99
Head & Shoulders {Classic Clean|Dry Scalp Care} Dandruff Shampoo, 13.5 fl oz $8.99
+Neutrogena T/Gel Therapeutic Shampoo, 8.5 fl oz $9.99
Batiste Dry Shampoo, {Original|Fresh|Tropical}, 6.73 oz $9.99
+Amika Perk Up Dry Shampoo, 5.3 oz $27.00
CAT conditioner @ Aisle 7 right
Olaplex No. 5 Bond Maintenance Conditioner, {2 fl oz:14.00|8.5 fl oz:30.00|33.8 fl oz:98.00} $30.00
+Redken All Soft Conditioner, {10.1 fl oz:26.00|33.8 fl oz:54.00} $26.00
+Pureology Hydrate Conditioner, 9 fl oz $36.00
+Paul Mitchell Tea Tree Special Conditioner, 10.14 fl oz $20.00
+Biolage Hydrasource Conditioner, 13.5 fl oz $24.00
+Pantene Pro-V Daily Moisture Renewal Conditioner, 12 fl oz $6.99
+OGX Nourishing + Coconut Milk Conditioner, 13 fl oz $8.99
It's a 10 Miracle Leave-In Product, {2 fl oz:12.00|4 fl oz:21.00} $12.00
+SheaMoisture Jamaican Black Castor Oil Leave-In Conditioner, 16 oz $12.99
+Cantu Shea Butter Leave-In Conditioning Repair Cream, 16 oz $7.99
Olaplex No. 3 Hair Perfector, 3.3 fl oz $30.00
+K18 Leave-In Molecular Repair Hair Mask, 1.7 fl oz $75.00
+Briogeo Don't Despair, Repair! Deep Conditioning Mask, 8 oz $39.00
+Aussie 3 Minute Miracle Moist Deep Conditioner, 8 fl oz $4.99
Moroccanoil Treatment Original, {0.85 fl oz:24.00|3.4 fl oz:48.00} $24.00
+Kerastase Elixir Ultime L'Huile Originale Hair Oil, 3.4 fl oz $56.00
CAT styling products @ Aisle 8 left
Living Proof No Frizz Nourishing Styling Cream, 3.7 fl oz $30.00
+John Frieda Frizz Ease Extra Strength Serum, 1.69 fl oz $10.99
+CHI Silk Infusion Reconstructing Complex, 6 fl oz $24.99
CHI 44 Iron Guard Thermal Protection Spray, 8 fl oz $19.99
+TRESemme Thermal Creations Heat Tamer Spray, 8 fl oz $6.99
L'Oreal Paris Elnett Satin Extra Strong Hold Hairspray, 11 oz $16.99
+TRESemme TRES Two Extra Hold Hairspray, 11 oz $6.99
+Aqua Net Professional Hair Spray, Extra Super Hold, Unscented, 11 oz $3.49
Got2b Ultra Glued Invincible Styling Gel, 6 oz $5.99
+Eco Style Olive Oil Styling Gel, 16 oz $3.99
+Ampro Pro Styl Protein Styling Gel, 32 oz $6.49
Garnier Fructis Style Curl Shaping Mousse, 6.8 oz $5.99
+Cantu Shea Butter Coconut Curling Cream, 12 oz $7.99
+Not Your Mother's Curl Talk Curl Cream, 6 fl oz $7.99
+Mielle Pomegranate & Honey Curl Smoothie, 12 oz $10.99
+Kinky-Curly Curling Custard, 8 oz $14.99
Ouai Wave Spray, 4.5 fl oz $28.00
+Bumble and bumble Surf Spray, 4.2 fl oz $32.00
Bed Head by TIGI Small Talk 3-in-1 Thickifier, 8 fl oz $19.99
Ebin New York 24 Hour Edge Tamer, 4 oz $9.99
Mielle Rosemary Mint Scalp & Hair Strengthening Oil, 2 fl oz $9.99
CAT hair color @ Aisle 9 left
Clairol Nice'n Easy Permanent Hair Color, {2 Black|3 Darkest Brown|4 Dark Brown|5 Medium Brown|6 Light Brown|7 Dark Blonde|8 Medium Blonde|9 Light Blonde} $9.99
+L'Oreal Paris Excellence Creme Permanent Hair Color, {1 Black|4 Dark Brown|5 Medium Brown|6 Light Brown|8 Medium Blonde|9 Light Blonde} $10.99
+Garnier Nutrisse Nourishing Permanent Hair Color Creme, {40 Dark Brown|50 Medium Brown|60 Light Natural Brown|93 Light Golden Blonde} $8.99
+Garnier Olia Oil Powered Permanent Hair Color, {1.0 Black|4.0 Dark Brown|6.0 Light Brown} $9.99
+L'Oreal Paris Feria Multi-Faceted Permanent Hair Color, {Power Red|Downtown Brown|Extra Platinum} $10.99
+Clairol Natural Instincts Semi-Permanent Hair Color, {Dark Brown|Medium Brown} $8.99
+Ion Color Brilliance Permanent Creme Hair Color, {1N Black|4N Medium Brown|6N Light Brown|7N Medium Blonde|9N Light Blonde}, 2 oz $7.49
+Wella Color Charm Permanent Liquid Hair Color, {5N Medium Brown|7N Medium Blonde|10N Very Light Blonde}, 1.42 oz $7.99
Arctic Fox Semi-Permanent Hair Color, {Poison|Purple Rain|Aquamarine|Virgin Pink}, 4 fl oz $19.00
+Adore Semi-Permanent Hair Color, {Jet Black|Truly Red|Plum}, 4 fl oz $6.99
+Manic Panic Amplified Semi-Permanent Hair Color, {Vampire Red|Atomic Turquoise|Electric Amethyst}, 4 oz $13.99
Wella Color Charm Toner, {T18 Lightest Ash Blonde|T14 Pale Ash Blonde}, 1.4 oz $7.99
Clairol Root Touch-Up Permanent Hair Color Kit, {Black|Dark Brown|Medium Brown} $8.99
+L'Oreal Paris Magic Root Cover Up Gray Concealer Spray, {Black|Dark Brown|Light Brown}, 2 oz $10.99
CAT hair color supplies @ Aisle 9 right
Wella Color Charm Creme Developer, {20 Volume|30 Volume|40 Volume}, 32 oz $10.99
+Ion Sensitive Scalp Creme Developer, {10 Volume|20 Volume|40 Volume}, 32 oz $8.99
Ion Color Brilliance Bright White Creme Lightener, 4 oz $8.49
+Clairol Professional BW2 Powder Lightener, 1 oz $4.99
+L'Oreal Paris Colorista Bleach All Over Hair Kit $11.99
Colortrak Tint Bowl & Brush Set $6.99
+Diane Tint Brush, Black $2.99
Diane Disposable Nitrile Gloves, Black, 100 ct $12.99
Framar Pop Up Hair Foil, 500 Sheets $19.99
Roux Clean Touch Hair Color Stain Remover, 6 fl oz $9.99
CAT hair tools @ Styling Tools Counter
CHI Original Ceramic Hair Straightening Flat Iron, 1 in. $99.99
+BaBylissPRO Nano Titanium Flat Iron, {1 in.:119.99|1.25 in.:129.99} $119.99
+Hot Tools Pro Signature Black Gold Digital Flat Iron, 1 in. $119.99
+Conair InfinitiPro Tourmaline Ceramic Flat Iron, 1 in. $39.99
+BaBylissPRO Nano Titanium Mini Flat Iron, 0.5 in. $59.99
+Remington Wet2Straight Flat Iron, 1 in. $34.99
+GHD Platinum+ Styler, 1 in. $279.00
Dyson Supersonic Hair Dryer, {Nickel/Copper|Vinca Blue/Rose} $429.99
+BaBylissPRO Nano Titanium Portofino 6600 Hair Dryer $149.99
+T3 AireLuxe Professional Hair Dryer $299.00
+Conair 1875 Watt Ionic Hair Dryer $24.99
Revlon One-Step Volumizer Hair Dryer and Hot Air Brush, Black $39.99
+Dyson Airwrap Multi-Styler Complete Long $599.99
+Shark FlexStyle Air Styling & Drying System $299.99
Hot Tools Pro Signature 24K Gold Curling Iron, {0.75 in.:44.99|1 in.:49.99|1.25 in.:54.99} $49.99
+Conair Instant Heat Curling Iron, 1 in. $19.99
+BaBylissPRO Nano Titanium Curling Wand, 1 in. $79.99
Conair Curl Secret Automatic Curling Iron, 1 in. $59.99
Bed Head Wave Artist Deep Waver $39.99
Conair Xtreme Instant Heat Jumbo Hot Rollers $39.99
CAT hair brushes accessories @ Aisle 10 left
Wet Brush Original Detangler, {Black|Pink|Purple} $9.99
+Tangle Teezer The Original Detangling Hairbrush, Pink Fizz $15.00
+Denman D3 Classic Styling Brush $23.00
+Olivia Garden NanoThermic Ceramic + Ion Round Brush, 1.75 in. $19.99
Cricket Ultra Smooth Detangler Comb $7.00
+Diane Wide Tooth Comb $2.99
Goody Ouchless Elastic Hair Ties, Black, 30 ct $4.49
+Invisibobble Original Spiral Hair Ring, 3 ct $7.00
+Kitsch Satin Scrunchies, 5 pk $10.00
Goody Bobby Pins, Black, 48 ct $3.99
+Kitsch Claw Clip Set, 4 pc $12.00
+Scunci Stretch Headbands, 6 ct $5.99
Kitsch Satin Pillowcase, Standard, Blush $19.00
+Kitsch Microfiber Hair Towel Wrap $14.00
+Donna Satin Sleep Bonnet, Black $6.99

DEPT nails
CAT nail polish @ Aisle 11 left
OPI Nail Lacquer, 0.5 fl oz, {Big Apple Red|Bubble Bath|Lincoln Park After Dark|Malaga Wine|Funny Bunny|Cajun Shrimp|Alpine Snow|Linger Over Coffee|I'm Not Really a Waitress|Dutch Tulips} $11.50
+Essie Nail Polish, 0.46 fl oz, {Ballet Slippers|Mademoiselle|Wicked|Bordeaux|Blanc|Fiji|Licorice|Allure} $9.99
+Sally Hansen Insta-Dri Nail Color, {Mint Sprint|Whirlwind|Cherry Up|Black to Black|Go Go Grape|Clearly Quick} $6.49
+Sally Hansen Miracle Gel Nail Polish, {Rhapsody Red|Shell We Dance|Tipsy Gypsy} $9.99
+Zoya Nail Polish, 0.5 fl oz, {Purity|Dream} $12.00
+China Glaze Nail Lacquer, 0.47 fl oz, {Ring in the Red|Fifth Avenue|Liquid Leather|White on White} $8.49
OPI Natural Nail Base Coat, 0.5 fl oz $11.50
+Seche Vite Dry Fast Top Coat, 0.5 fl oz $10.99
+Essie Good to Go Top Coat, 0.46 fl oz $10.99
+Sally Hansen Miracle Gel Top Coat $9.99
OPI Nail Envy Nail Strengthener, Original, 0.5 fl oz $21.50
CAT gel nails @ Aisle 11 right
OPI GelColor Gel Nail Polish, 0.5 fl oz, {Big Apple Red|Bubble Bath|Funny Bunny} $19.95
+Gelish Soak-Off Gel Polish, {Foundation Base Gel|Top It Off Sealer Gel}, 0.5 fl oz $19.95
Red Carpet Manicure LED Gel Polish Starter Kit $49.99
SUNUV SUN2C 48W UV LED Nail Lamp $39.99
Kiss imPRESS Color Press-On Nails, {Short Nude|Medium French|Short Red|Long Almond Pink|Medium Square Black}, 30 ct $9.99
+Kiss Salon Acrylic French Nails, Medium, 28 ct $9.99
Kiss Powerflex Precision Nail Glue, 0.17 oz $4.99
Young Nails Core Acrylic Powder, Clear, 1.55 oz $21.95
+Young Nails Speed Liquid Monomer, 4 fl oz $26.95
CAT nail care tools @ Aisle 11 right
Onyx Professional 100% Acetone Nail Polish Remover, 16 fl oz $6.99
+Cutex Ultra-Powerful Nail Polish Remover, 6.7 fl oz $3.99
+Zoya Remove+ 3-in-1 Nail Polish Remover, 8 fl oz $10.00
Tweezerman Rockhard Nail Clipper Set $17.00
+Trim Fingernail Clipper with File $2.49
Revlon Compact Emery Boards, 10 ct $2.99
Tweezerman Rockhard Cuticle Nipper $26.00
CND SolarOil Nail & Cuticle Care, 0.25 fl oz $10.50
+Burt's Bees Lemon Butter Cuticle Cream, 0.6 oz $6.99
Amope Pedi Perfect Electronic Foot File $29.99

DEPT fragrance
CAT women's fragrance @ Fragrance Counter
Lancome La Vie Est Belle Eau de Parfum, {1 oz:85.00|1.7 oz:120.00|3.4 oz:160.00} $85.00
+Yves Saint Laurent Black Opium Eau de Parfum, {1 oz:88.00|3 oz:158.00} $88.00
+Ariana Grande Cloud Eau de Parfum, {1 oz:45.00|3.4 oz:72.00} $45.00
+Marc Jacobs Daisy Eau de Toilette, {1.6 oz:90.00|3.4 oz:125.00} $90.00
+Dolce&Gabbana Light Blue Eau de Toilette, 3.3 oz $122.00
+Viktor&Rolf Flowerbomb Eau de Parfum, {1 oz:98.00|1.7 oz:135.00|3.4 oz:195.00} $135.00
+Valentino Born in Roma Donna Eau de Parfum, 1.7 oz $140.00
+Kayali Vanilla 28 Eau de Parfum, 1.7 oz $110.00
+Burberry Her Eau de Parfum, 1.6 oz $120.00
+Carolina Herrera Good Girl Eau de Parfum, {1 oz:85.00|1.7 oz:122.00|2.7 oz:150.00} $122.00
+Gucci Bloom Eau de Parfum, 1.6 oz $115.00
+Juicy Couture Viva la Juicy Eau de Parfum, 3.4 oz $98.00
+Billie Eilish Eilish Eau de Parfum, 3.4 oz $72.00
+Clinique Happy Perfume Spray, 3.4 oz $75.00
Sol de Janeiro Cheirosa 62 Hair & Body Fragrance Mist, 8.1 fl oz $38.00
CAT men's fragrance @ Fragrance Counter
Dior Sauvage Eau de Toilette, {2 oz:110.00|3.4 oz:140.00} $110.00
+Dior Sauvage Eau de Parfum, {2 oz:125.00|3.4 oz:160.00} $125.00
+Chanel Bleu de Chanel Eau de Parfum, {1.7 oz:118.00|3.4 oz:160.00} $160.00
+Yves Saint Laurent Y Eau de Parfum, {2 oz:118.00|3.3 oz:158.00} $118.00
+Maison Margiela Replica Jazz Club Eau de Toilette, 3.4 oz $165.00
+Versace Eros Eau de Toilette, {1.7 oz:88.00|3.4 oz:112.00} $112.00
+Giorgio Armani Acqua di Gio Eau de Toilette, 3.4 oz $118.00
+Paco Rabanne 1 Million Eau de Toilette, 3.4 oz $112.00
+Ralph Lauren Polo Red Eau de Toilette, 4.2 oz $105.00
+Jean Paul Gaultier Le Male Eau de Toilette, 4.2 oz $120.00
+Calvin Klein CK One Eau de Toilette, 3.4 oz $65.00
+Davidoff Cool Water Eau de Toilette, 4.2 oz $59.00

DEPT men's grooming
CAT shaving @ Aisle 12 left
Gillette ProGlide Men's Razor, 1 Handle + 2 Refills $13.99
+Schick Hydro 5 Sense Hydrate Men's Razor $10.99
+Harry's Men's Razor Set with 2 Blades $9.99
Gillette ProGlide Men's Razor Blade Refills, {4 ct:22.99|8 ct:39.99} $22.99
+Gillette Fusion5 Men's Razor Blade Refills, {4 ct:19.99|8 ct:34.99} $19.99
+Gillette Mach3 Men's Razor Blade Refills, 5 ct $15.99
Cremo Original Shave Cream, 6 fl oz $7.99
+Gillette Foamy Regular Shave Foam, 11 oz $2.99
+Barbasol Original Thick & Rich Shaving Cream, 10 oz $2.49
+The Art of Shaving Sandalwood Shaving Cream, 5 oz $25.00
Nivea Men Sensitive Post Shave Balm, 3.3 fl oz $7.99
+Clubman Pinaud Original Finest After Shave Lotion, 6 fl oz $7.99
CAT beard care @ Aisle 12 left
Honest Amish Classic Beard Balm, 2 oz $11.99
+Viking Revolution Beard Oil, Sandalwood, 1 fl oz $9.99
+Cremo Beard & Scruff Softener, 4 fl oz $9.99
Just For Men Mustache & Beard Color Gel, {M-35 Medium Brown|M-45 Dark Brown|M-55 Real Black} $10.99
CAT men's skin care @ Aisle 12 left
Every Man Jack Sandalwood Body Wash, 16.9 fl oz $7.99
+Dove Men+Care Clean Comfort Body Wash, 18 fl oz $8.99
Neutrogena Men Invigorating Face Wash, 5.1 fl oz $7.49
+Jack Black Pure Clean Daily Facial Cleanser, 6 fl oz $26.00
Bulldog Original Moisturizer for Men, 3.38 fl oz $8.99
+Jack Black Double-Duty Face Moisturizer SPF 20, 3.3 oz $32.00
+Kiehl's Facial Fuel Energizing Moisture Treatment for Men, 4.2 fl oz $35.00
CAT men's hair @ Aisle 12 right
American Crew Fiber, 3 oz $21.00
+American Crew Forming Cream, 3 oz $21.00
+Suavecito Original Hold Pomade, 4 oz $14.00
+Layrite Original Pomade, 4.25 oz $18.00
+Murray's Superior Hair Dressing Pomade, 3 oz $2.99
+Brylcreem Original Hair Cream, 5.5 oz $4.99
Just For Men Original Formula Men's Hair Color, {H-35 Medium Brown|H-45 Dark Brown|H-55 Real Black} $10.99
CAT clippers trimmers @ Aisle 12 right
Wahl Color Pro Cordless Rechargeable Hair Clipper Kit $39.99
+Andis Master Corded Adjustable Blade Clipper $179.99
+BaBylissPRO GoldFX Lithium Cordless Clipper $199.99
+Wahl Peanut Classic Clipper/Trimmer $49.99
+Andis T-Outliner Corded Trimmer $89.99
+Philips Norelco Multigroom 7000 All-in-One Trimmer $59.99
+Philips Norelco OneBlade Face + Body Hybrid Trimmer $49.99
+Wahl Ear, Nose & Brow Trimmer $14.99
Braun Series 7 Electric Shaver for Men $159.99
Wahl Clipper Oil, 4 fl oz $4.99
+Andis Cool Care Plus 5-in-1 Clipper Spray, 15.5 oz $10.99
Wahl Universal Attachment Guide Combs, 8 ct $9.99
"""

QUESTIONS = [
    # plain locate, shopper words
    ("concealer", ["concealer powder"], "Concealer"),
    ("dry shampoo", ["shampoo"], "Dry Shampoo"),
    ("purple shampoo for blonde hair", ["shampoo"], "Purple|Blue Shampoo|Brass"),
    ("blow dryer", ["hair tools"], "Hair Dryer|Drying System"),
    ("flat iron", ["hair tools"], "Flat Iron|Platinum\\+ Styler"),
    ("curling iron", ["hair tools"], "Curling (Iron|Wand)"),
    ("nail polish remover", ["nail care tools"], "Remover"),
    ("false eyelashes", ["false lashes"], "Lashes|Eyelashes"),
    ("lash glue", ["false lashes"], "Adhesive"),
    ("eyebrow pencil", ["brow makeup"], "Pencil|Brow Wiz"),
    ("makeup remover wipes", ["cleansers"], "Towelettes"),
    ("sunscreen for my face", ["sunscreen"], "Face|Facial|Unseen|Melt-In Milk"),
    ("hair spray", ["styling products"], "Hairspray|Hair Spray"),
    ("bobby pins", ["hair brushes accessories"], "Bobby Pins"),
    ("body lotion", ["body care"], "Lotion|Moisturizer|Bum Bum Cream"),
    ("chapstick", ["lip care"], "Lip Balm|ChapStick|Carmex|Lip Repair|Lip Butter"),
    ("lip gloss", ["lip makeup"], "Gloss"),
    ("eyeshadow palette", ["eye makeup"], "Palette"),
    ("setting spray", ["primer setting spray"], "Setting (Spray|Mist)"),
    ("tweezers", ["beauty tools"], "Tweezer"),
    ("eyelash curler", ["beauty tools"], "Curler"),
    ("nail clippers", ["nail care tools"], "Clipper"),
    ("press on nails", ["gel nails"], "Press-On|Acrylic French Nails"),
    ("uv light for gel nails", ["gel nails"], "Lamp"),
    ("top coat", ["nail polish"], "Top Coat"),
    ("men's cologne", ["men's fragrance"], None),
    ("razors", ["shaving"], "Razor"),
    ("shaving cream", ["shaving"], "Shav(e|ing) (Cream|Foam)"),
    ("beard oil", ["beard care"], "Beard Oil|Beard Balm"),
    ("hair clippers", ["clippers trimmers"], "Clipper(?! (Oil|Spray))"),
    ("pomade", ["men's hair"], "Pomade"),
    ("20 volume developer", ["hair color supplies"], "20 Volume"),
    ("bleach for my hair", ["hair color supplies"], "Lightener|Bleach"),
    ("heat protectant spray", ["styling products"], "Heat Tamer|Thermal Protection"),
    ("toner for my face", ["serums treatments"], "Toner|Toning|Tonic"),
    ("vitamin c serum", ["serums treatments"], "Vitamin C|C-Firma"),
    ("sheet masks", ["face masks"], "Sheet Mask"),
    ("leave in conditioner", ["conditioner"], "Leave-In"),
    ("edge control", ["styling products"], "Edge"),
    ("satin bonnet", ["hair brushes accessories"], "Bonnet"),
    ("makeup brushes", ["makeup brushes sponges"], "Brush(?! Cleaner)"),
    ("nose hair trimmer", ["clippers trimmers"], "Nose"),
    # brand names used generically
    ("where's the cerave", ["cleansers", "moisturizers", "serums treatments", "sunscreen", "body care"], "CeraVe"),
    ("the ordinary", ["serums treatments"], "The Ordinary"),
    ("olaplex", ["shampoo", "conditioner"], "Olaplex"),
    ("a beauty blender", ["makeup brushes sponges"], "Sponge"),
    ("do you carry the dyson", ["hair tools"], "Dyson"),
    ("aqua net", ["styling products"], "Aqua Net"),
    ("just for men", ["beard care", "men's hair"], "Just For Men"),
    ("mighty patch", ["serums treatments"], "Pimple Patches"),
    ("clubman", ["shaving"], "Clubman"),
    # misspellings
    ("maskara", ["eye makeup"], "Mascara"),
    ("conditoner", ["conditioner"], "Conditioner"),
    ("eyeliner pensil", ["eye makeup"], "Eyeliner Pencil"),
    ("shampoo for dandruf", ["shampoo"], "Dandruff|T/Gel"),
    ("hiar straightener", ["hair tools"], "Flat Iron|Platinum\\+ Styler"),
    ("liquid fundation", ["foundation"], "Foundation|Makeup"),
    ("bronzor", ["blush bronzer"], "Bronzer"),
    # British words
    ("moisturiser for dry skin", ["moisturizers"], "(?<!Eye )(Cream|Lotion|Moisturizer|Gel)"),
    ("hair bobbles", ["hair brushes accessories"], "Hair Ties|Hair Ring|Scrunchies"),
    ("nail varnish", ["nail polish"], "Nail (Lacquer|Polish|Color)"),
    ("cotton wool pads", ["beauty tools"], "Cotton Rounds"),
    # needs
    ("something to keep my hair from frizzing", ["styling products", "conditioner"], "Frizz|Silk Infusion|Moroccanoil"),
    ("my lips are so chapped", ["lip care"], None),
    ("i have a huge pimple on my chin", ["serums treatments"], "Acne|Pimple|Drying Lotion|BHA"),
    ("my gray roots are showing", ["hair color"], "Root"),
    ("something for the dark circles under my eyes", ["moisturizers", "face masks", "concealer powder"], "Eye (Cream|Gels)|Concealer"),
    ("the skin on my heels is cracked and rough", ["body care", "nail care tools"], "Foot|Healing|Advanced Repair"),
    ("i want to dye my hair purple", ["hair color"], "Purple|Amethyst|Plum"),
    # long chatty
    ("hi, i'm going to a wedding saturday and i need a red nail polish that dries fast", ["nail polish"], "Red\\b|Waitress|Cherry Up|Malaga Wine|Wicked|Insta-Dri"),
    ("my daughter wants that moisturizer the dermatologist recommended, cerave i think it was", ["moisturizers"], "CeraVe"),
    ("that revlon brush thing that dries your hair and styles it at the same time", ["hair tools"], "One-Step"),
    ("good afternoon, where would i find the hair dye, my usual is nice and easy", ["hair color"], "Nice'n Easy"),
    # sizes said differently
    ("the big liter bottle of redken all soft shampoo", ["shampoo"], "All Soft Shampoo, 33.8"),
    ("small travel size moroccan oil", ["conditioner"], r"Moroccanoil Treatment Original, 0\.85"),
    ("inch and a quarter curling iron", ["hair tools"], r"Curling Iron, 1\.25 in"),
    ("the big tub of cerave cream", ["moisturizers"], "CeraVe Moisturizing Cream"),
    # Spanish words mixed in
    ("where is the rimel", ["eye makeup"], "Mascara"),
    ("i need a plancha for my hair", ["hair tools"], "Flat Iron|Platinum\\+ Styler"),
    ("esmalte for nails, red color", ["nail polish"], "Red\\b|Waitress|Cherry Up|Malaga Wine|Wicked"),
    ("perfume para mujer", ["women's fragrance"], None),
    ("tinte for the hair, black color", ["hair color"], "Black"),
    # price checks
    ("how much is the dyson airwrap", None, r"Dyson Airwrap", "price"),
    ("price of olaplex no 3", None, r"Olaplex No\. 3", "price"),
    ("how much is the 3.4 oz dior sauvage", None, r"Sauvage Eau de Toilette, 3\.4", "price"),
    ("maybelline sky high mascara price", None, r"Sky High", "price"),
    ("how much for the 16 oz cerave hydrating cleanser", None, r"CeraVe Hydrating Facial Cleanser, 16", "price"),
    ("the ordinary niacinamide how much", None, r"The Ordinary Niacinamide", "price"),
    ("price on the chi flat iron", None, r"CHI Original Ceramic", "price"),
    ("how much is opi big apple red regular polish", None, r"OPI Nail Lacquer, 0\.5 fl oz, Big Apple Red", "price"),
    ("what do the wahl color pro clippers cost", None, r"Wahl Color Pro", "price"),
    ("how much is the tree hut moroccan rose sugar scrub", None, r"Tree Hut .*Moroccan Rose", "price"),
    # stock checks
    ("do you have batiste original dry shampoo in stock", None, r"Batiste Dry Shampoo, Original", "stock"),
    ("is the single real techniques sponge in stock", None, r"Real Techniques Miracle Complexion Sponge, 1 ct", "stock"),
    ("is tarte shape tape in 27s light sand in stock", None, r"Tarte Shape Tape .*27S", "stock"),
    ("any wella t18 toner left", None, r"Wella Color Charm Toner, T18", "stock"),
    ("do you have the blue and pink dyson supersonic in stock", None, r"Dyson Supersonic .*Vinca", "stock"),
    ("is the laneige lip sleeping mask in stock", None, r"Laneige Lip Sleeping Mask", "stock"),
    ("is the big ariana grande cloud perfume in stock", None, r"Ariana Grande Cloud Eau de Parfum, 3\.4", "stock"),
    ("do you have the abh soft glam palette", None, r"Anastasia Beverly Hills Soft Glam", "stock"),
    # absent
    ("do you sell wigs", None, None, "absent"),
    ("clip in hair extensions", None, None, "absent"),
    ("colored contact lenses", None, None, "absent"),
    ("retin-a prescription cream", None, None, "absent"),
    ("teeth whitening strips", None, None, "absent"),
    ("toothpaste", None, None, "absent"),
    ("deodorant", None, None, "absent"),
    ("tampons", None, None, "absent"),
    ("self tanner like st tropez", None, None, "absent"),
    ("can i get my ears pierced here", None, None, "absent"),
    ("biotin gummies for hair growth", None, None, "absent"),
    ("bath bombs", None, None, "absent"),
    ("sunglasses", None, None, "absent"),
    ("earrings", None, None, "absent"),
    ("rogaine", None, None, "absent"),
    ("lice shampoo for my kids", None, None, "absent"),
    ("hand sanitizer", None, None, "absent"),
    ("halloween face paint", None, None, "absent"),
    ("scented candles", None, None, "absent"),
    ("can i get my eyebrows threaded", None, None, "absent"),
]

FORCE_OOS = [r"Dyson Supersonic .*Vinca", r"Laneige Lip Sleeping Mask", r"Ariana Grande Cloud Eau de Parfum, 3\.4",
             r"Anastasia Beverly Hills Soft Glam"]
FORCE_IN = [r"Batiste Dry Shampoo, Original", r"Real Techniques Miracle Complexion Sponge, 1 ct", r"Tarte Shape Tape .*27S",
            r"Wella Color Charm Toner, T18"]

if __name__ == '__main__':
    rows, types = build(CATALOG, 5502, 'beauty', oos_share=0.10, force_oos=FORCE_OOS, force_in=FORCE_IN)
    q = Q(rows, 'bt')
    for t in QUESTIONS:
        q.add(t[0], t[1], t[2], t[3] if len(t) > 3 else None)
    q.write('beauty')
    print('beauty: %d products, %d product types (family lines not marked +)' % (len(rows), types))
