#!/usr/bin/env python3
"""Generates the musical instrument store (guitars, basses, ukuleles, banjos and mandolins; strings,
picks, capos, straps, tuners, stands and cases; amps, effects and cables; keyboards and digital
pianos; drums and percussion; band and orchestra; live sound and recording; print music; care and
accessories; recorders, harmonicas and kids' instruments): catalog.csv, questions.jsonl and
questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT guitars
CAT acoustic guitars @ Guitar Room
Yamaha FG800 Acoustic Guitar, {Natural|Black} $219.99
+Yamaha FS800 Concert Acoustic Guitar, Natural $219.99
+Yamaha FGX800C Acoustic-Electric Guitar, Natural $329.99
+Yamaha JR1 3/4-Size Acoustic Guitar, Natural $159.99
+Fender CD-60S Dreadnought Acoustic Guitar, {Natural|Sunburst} $199.99
+Fender CD-60SCE Dreadnought Acoustic-Electric Guitar, Natural $279.99
+Fender FA-115 Dreadnought Acoustic Guitar Pack, Natural $179.99
+Taylor GS Mini Mahogany Acoustic Guitar $549.00
+Taylor Baby Taylor BT1 3/4-Size Acoustic Guitar $399.00
+Taylor 114ce Grand Auditorium Acoustic-Electric Guitar $1199.00
+Martin D-10E Road Series Acoustic-Electric Guitar $1149.00
+Martin LX1 Little Martin Acoustic Guitar $399.00
+Gibson J-45 Standard Acoustic-Electric Guitar, Vintage Sunburst $2999.00
+Epiphone DR-100 Acoustic Guitar, Vintage Sunburst $169.00
+Ibanez AW54 Artwood Dreadnought Acoustic Guitar, Open Pore Natural $299.99
+Takamine GD30CE 12-String Acoustic-Electric Guitar, Black $499.99
CAT electric guitars @ Guitar Room
Fender Player Stratocaster Electric Guitar, Maple Fingerboard, {3-Color Sunburst|Polar White|Black} $849.99
+Fender Player Telecaster Electric Guitar, Maple Fingerboard, Butterscotch Blonde $849.99
+Squier Sonic Stratocaster Electric Guitar, {Black|Torino Red} $199.99
+Squier Classic Vibe '50s Telecaster Electric Guitar, Butterscotch Blonde $449.99
+Squier Mini Stratocaster Electric Guitar, Black $159.99
+Squier Sonic Stratocaster Pack with Frontman 10G Amp, Black $299.99
+Gibson Les Paul Standard '50s Electric Guitar, Heritage Cherry Sunburst $2799.00
+Epiphone Les Paul Standard '60s Electric Guitar, {Iced Tea|Ebony} $649.00
+Epiphone SG Standard Electric Guitar, Heritage Cherry $499.00
+PRS SE Custom 24 Electric Guitar, Faded Blue Burst $899.00
+Ibanez GRX70QA GIO Electric Guitar, Transparent Blue Burst $229.99
+Yamaha Pacifica PAC112V Electric Guitar, Sonic Blue $329.99
+Gretsch G2622 Streamliner Center Block Electric Guitar, Gunmetal $549.99
+Schecter Omen-6 Electric Guitar, Gloss Black $449.00
+Jackson JS22 Dinky Electric Guitar, Snow White $249.99
CAT classical guitars @ Guitar Room
Yamaha C40II Classical Guitar, Natural $149.99
+Yamaha CGS102AII 1/2-Size Classical Guitar $139.99
+Cordoba C5 Classical Guitar, Cedar Top $329.00
+Cordoba Protege C1 Classical Guitar, {3/4 Size:139.00|Full Size:149.00} $149.00
+Cordoba Fusion 5 Acoustic-Electric Classical Guitar, Jet Black $499.00
+Alhambra 1C Classical Guitar $699.00
CAT bass guitars @ Guitar Room
Fender Player Precision Bass, {3-Color Sunburst|Black} $899.99
+Fender Player Jazz Bass, 3-Color Sunburst $899.99
+Squier Sonic Precision Bass, {Black|Torino Red} $229.99
+Squier Mini Precision Bass, Black $179.99
+Ibanez GSR200 4-String Electric Bass, Black $279.99
+Ibanez SR305E 5-String Electric Bass, Metallic Charcoal $449.99
+Yamaha TRBX174 Electric Bass, Old Violin Sunburst $269.99
+Music Man StingRay Special 4 Bass, Black $2599.00
+Fender CB-60SCE Acoustic-Electric Bass Guitar, Natural $299.99
CAT ukuleles @ Guitar Room
Kala KA-15S Mahogany Soprano Ukulele $59.99
+Kala KA-C Satin Mahogany Concert Ukulele $89.99
+Kala KA-T Satin Mahogany Tenor Ukulele $119.99
+Kala KA-BG Mahogany Baritone Ukulele $159.99
+Kala Learn to Play Soprano Ukulele Starter Kit $69.99
+Makala Dolphin Soprano Ukulele, {Blue Burst|Pink Burst} $34.99
+Fender Venice Soprano Ukulele, Natural $69.99
+Cordoba 15CM Concert Ukulele, Natural $99.00
+Ohana TK-35G Tenor Ukulele $219.00
+Kala U-BASS Rumbler Acoustic-Electric Bass Ukulele $299.99
CAT banjos & mandolins @ Guitar Room
Deering Goodtime 5-String Banjo $579.00
+Deering Goodtime Two Resonator 5-String Banjo $899.00
+Gold Tone CC-100R Cripple Creek Resonator Banjo $399.99
+Recording King RK-R20 Songster Resonator Banjo $549.99
Rogue RM-100A A-Style Mandolin, Sunburst $79.99
+Kentucky KM-150 A-Style Mandolin, Sunburst $299.99
+Eastman MD305 A-Style Mandolin, Natural $499.00
+Loar LM-520 F-Style Mandolin, Vintage Brown $599.99

DEPT guitar accessories
CAT acoustic guitar strings @ Aisle 1 left
D'Addario EJ16 Phosphor Bronze Acoustic Guitar Strings, Light 12-53 $8.99
+D'Addario EJ17 Phosphor Bronze Acoustic Guitar Strings, Medium 13-56 $8.99
+D'Addario EJ15 Phosphor Bronze Acoustic Guitar Strings, Extra Light 10-47 $8.99
+D'Addario EZ900 80/20 Bronze Acoustic Guitar Strings, Extra Light 10-50 $5.99
+D'Addario EJ38 Phosphor Bronze 12-String Acoustic Guitar Strings, Light 10-47 $16.99
+D'Addario EJ16-3D Phosphor Bronze Acoustic Guitar Strings 3-Pack, Light 12-53 $23.99
+Elixir Nanoweb Phosphor Bronze Acoustic Guitar Strings, {Extra Light 10-47|Light 12-53|Medium 13-56} $16.99
+Martin MA540 Authentic Acoustic SP Phosphor Bronze Guitar Strings, Light 12-54 $6.99
+Ernie Ball Earthwood 80/20 Bronze Acoustic Guitar Strings, {Extra Light 10-50|Light 11-52} $6.99
CAT electric guitar strings @ Aisle 1 left
Ernie Ball Regular Slinky Nickel Wound Electric Guitar Strings, 10-46 $6.99
+Ernie Ball Super Slinky Nickel Wound Electric Guitar Strings, 9-42 $6.99
+Ernie Ball Power Slinky Nickel Wound Electric Guitar Strings, 11-48 $6.99
+Ernie Ball Hybrid Slinky Nickel Wound Electric Guitar Strings, 9-46 $6.99
+Ernie Ball Regular Slinky Electric Guitar Strings 3-Pack, 10-46 $18.99
+Ernie Ball Slinky 7-String Electric Guitar Strings, 10-56 $8.99
+D'Addario EXL110 Nickel Wound Electric Guitar Strings, Regular Light 10-46 $7.49
+D'Addario EXL120 Nickel Wound Electric Guitar Strings, Super Light 9-42 $7.49
+D'Addario EXL115 Nickel Wound Electric Guitar Strings, Medium 11-49 $7.49
+D'Addario NYXL1046 Nickel Wound Electric Guitar Strings, 10-46 $12.99
+Elixir Nanoweb Electric Guitar Strings, Light 10-46 $14.99
CAT bass strings @ Aisle 1 right
Ernie Ball Regular Slinky Nickel Wound Bass Strings, 50-105 $26.99
+Ernie Ball Slinky 5-String Nickel Wound Bass Strings, 45-130 $34.99
+D'Addario EXL170 Nickel Wound Bass Strings, Regular Light 45-100 $24.99
+D'Addario EXL170SL Nickel Wound Bass Strings, Short Scale 45-100 $24.99
+Rotosound RS66LD Swing Bass 66 Stainless Steel Bass Strings, 45-105 $36.99
+Elixir Nanoweb Nickel Plated Steel Bass Strings, Medium 45-105 $59.99
CAT classical guitar strings @ Aisle 1 right
D'Addario EJ27N Student Nylon Classical Guitar Strings, Normal Tension $6.99
+D'Addario EJ45 Pro-Arte Nylon Classical Guitar Strings, Normal Tension $9.99
+Savarez 520R Alliance Classical Guitar Strings, Normal Tension $19.99
+La Bella 2001 Classical Guitar Strings, Medium Tension $10.99
CAT ukulele, banjo & mandolin strings @ Aisle 1 right
Aquila Nylgut Ukulele Strings, {Soprano|Concert|Tenor} $9.99
+Aquila Nylgut Low-G Tenor Ukulele Strings $11.99
+D'Addario EJ87 Titanium Ukulele Strings, Soprano/Concert $8.99
+Martin M600 Fluorocarbon Ukulele Strings, Soprano/Concert $6.99
D'Addario EJ60 Nickel 5-String Banjo Strings, Light 9-20 $6.49
+GHS PF140 Phosphor Bronze 5-String Banjo Strings, Light $6.49
D'Addario EJ74 Phosphor Bronze Mandolin Strings, Medium 11-40 $8.49
+GHS A250 Phosphor Bronze Mandolin Strings, Light 10-36 $7.99
CAT picks @ Aisle 2 left
Dunlop Tortex Standard Guitar Picks, 12 pk, {.50mm Red|.60mm Orange|.73mm Yellow|.88mm Green|1.0mm Blue} $5.99
+Dunlop Nylon Standard Guitar Picks, 12 pk, .60mm $5.49
+Dunlop Jazz III Guitar Picks, Red Nylon, 6 pk $4.99
+Fender 351 Shape Classic Celluloid Picks, 12 pk, {Thin|Medium|Heavy} $4.99
+Dunlop Primetone Sculpted Plectra, Standard 1.3mm, 3 pk $7.99
+Dunlop Plastic Thumbpicks, Medium, 4 pk $3.99
+Dunlop Nickel Silver Fingerpicks, .025 in., 5 pk $6.99
+Dunlop Felt Ukulele Picks, 3 pk $3.99
CAT capos @ Aisle 2 left
Kyser Quick-Change Acoustic Guitar Capo, {Black|Silver} $21.95
+Kyser Quick-Change Classical Guitar Capo, Black $21.95
+Kyser Quick-Change Ukulele Capo, Black $17.95
+Shubb C1 Standard Guitar Capo, Nickel $24.95
+D'Addario NS Tri-Action Capo, Black $22.99
+G7th Performance 3 ART Capo, Silver $44.95
CAT slides @ Aisle 2 left
Dunlop Pyrex Glass Guitar Slide, Medium Wall, {Medium|Large} $8.99
+Dunlop Chromed Steel Guitar Slide, Medium $9.99
+Dunlop Brass Guitar Slide, Medium $14.99
+Dunlop Moonshine Ceramic Guitar Slide, Medium $19.99
+Dunlop 920 Stevens Steel Tone Bar $29.99
CAT straps @ Aisle 2 right
Levy's 2 in. Polypropylene Guitar Strap, {Black|Red|Blue} $7.99
+Levy's 2.5 in. Leather Guitar Strap, {Black|Brown} $39.99
+Ernie Ball Polypro Guitar Strap, Tie Dye $9.99
+Fender 2 in. Vintage Tweed Guitar Strap $19.99
+Levy's Polyester Ukulele Strap, Black $9.99
+Dunlop Dual Design Straplok Strap Lock System, Nickel $24.99
+Ernie Ball Strap Blocks, 4 pk, Black $4.99
CAT tuners @ Aisle 2 right
Snark SN-5 Clip-On Guitar Tuner $14.99
+Snark ST-2 Super Tight Chromatic Clip-On Tuner $19.99
+D'Addario Micro Headstock Tuner, Black $14.99
+TC Electronic PolyTune Clip Tuner, Black $49.99
+Fender FT-1 Pro Clip-On Tuner $19.99
+Peterson StroboClip HD Clip-On Strobe Tuner $69.99
+Korg TM-60 Tuner Metronome, Black $29.99
+Boss TU-3 Chromatic Tuner Pedal $109.99
+TC Electronic PolyTune 3 Tuner Pedal $99.99
CAT guitar stands & hangers @ Aisle 3 left
Hercules GS414B Plus Guitar Stand with Auto Grip $39.99
+On-Stage GS7140 A-Frame Guitar Stand $14.99
+Fender Universal A-Frame Guitar Stand $19.99
+On-Stage GS7561 5-Space Guitar Rack $49.99
+Hercules DS553B TravLite Ukulele Stand $19.99
String Swing CC01K Hardwood Guitar Wall Hanger, {Black Walnut|Oak} $19.99
+Hercules GSP38WB Plus Wall Mount Guitar Hanger $24.99
+String Swing CC01UK Ukulele Wall Hanger, Black Walnut $15.99
CAT cases & gig bags @ Aisle 3 left
Gator GBE-ELECT Economy Electric Guitar Gig Bag $34.99
+Gator GBE-DREAD Economy Acoustic Guitar Gig Bag $39.99
+Fender FA610 Dreadnought Acoustic Gig Bag $39.99
+Gator GBE-BASS Economy Bass Guitar Gig Bag $39.99
+Gator GBE-CLASSIC Economy Classical Guitar Gig Bag $34.99
+Mono M80 Vertigo Electric Guitar Case, Black $259.00
SKB 1SKB-18 Dreadnought Acoustic Guitar Hardshell Case $169.99
+Gator GTSA-GTRELEC TSA Series Molded Electric Guitar Case $179.99
+Fender Deluxe Molded Strat/Tele Case, Black $149.99
+Kala Ukulele Gig Bag, {Soprano|Concert|Tenor} $19.99
+Gator GL-BANJO-XL Lightweight Banjo Case $129.99
CAT guitar parts & pickups @ Aisle 3 right
Seymour Duncan SH-4 JB Humbucker Pickup, Black $99.00
+DiMarzio DP100 Super Distortion Humbucker Pickup, Black $79.99
+Fender Tex-Mex Stratocaster Pickups, Set of 3 $99.99
+Seymour Duncan Woody HC Soundhole Pickup $99.00
Grover 406 Rotomatic Guitar Tuning Machines, 3+3, Chrome $69.99
+Fender Standard Stratocaster Tuning Machines, 6-in-Line, Chrome $49.99
+Martin Acoustic Guitar Bridge Pins, White, 6 pk $7.99
+Fender 3-Ply Stratocaster Pickguard, {Black|Mint Green} $29.99

DEPT amps & effects
CAT guitar amplifiers @ Guitar Room
Fender Frontman 10G 10-Watt Guitar Amp $69.99
+Fender Champion II 50 1x12 Guitar Combo Amp $249.99
+Fender Blues Junior IV 15-Watt 1x12 Tube Combo Amp $699.99
+Fender '65 Deluxe Reverb 22-Watt 1x12 Tube Combo Amp $1399.99
+Fender Mustang LT25 25-Watt Modeling Guitar Amp $149.99
+Boss Katana-50 MkII 50-Watt 1x12 Guitar Combo Amp $279.99
+Boss Katana-Mini Battery-Powered Guitar Amp $109.99
+Orange Crush 20RT 20-Watt Guitar Combo Amp $179.00
+Marshall DSL20CR 20-Watt 1x10 Tube Combo Amp $599.99
+Vox AC15C1 15-Watt 1x12 Tube Combo Amp $799.99
+Positive Grid Spark 40 Smart Guitar Amp $299.00
+Fender Acoustasonic 15 Acoustic Guitar Amp $129.99
+Vox amPlug 2 AC30 Headphone Guitar Amp $49.99
CAT bass amplifiers @ Guitar Room
Fender Rumble 25 v3 25-Watt 1x8 Bass Combo Amp $149.99
+Fender Rumble 40 v3 40-Watt 1x10 Bass Combo Amp $239.99
+Fender Rumble 100 v3 100-Watt 1x12 Bass Combo Amp $349.99
+Ampeg Rocket Bass RB-108 30-Watt 1x8 Bass Combo Amp $199.99
+Ampeg BA-210 v2 450-Watt 2x10 Bass Combo Amp $649.99
+Boss Katana-110 Bass 60-Watt 1x10 Bass Combo Amp $329.99
+Ampeg PF-500 Portaflex 500-Watt Bass Amp Head $499.99
CAT effects pedals @ Aisle 4 left
Boss DS-1 Distortion Pedal $69.99
+Boss SD-1 Super OverDrive Pedal $69.99
+Boss BD-2 Blues Driver Overdrive Pedal $109.99
+Boss DD-8 Digital Delay Pedal $179.99
+Boss RC-1 Loop Station Looper Pedal $119.99
+Boss CH-1 Super Chorus Pedal $119.99
+Ibanez TS9 Tube Screamer Overdrive Pedal $99.99
+Electro-Harmonix Nano Big Muff Pi Fuzz Pedal $88.00
+Electro-Harmonix Holy Grail Nano Reverb Pedal $118.00
+MXR M101 Phase 90 Phaser Pedal $99.99
+MXR M102 Dyna Comp Compressor Pedal $89.99
+MXR M169 Carbon Copy Analog Delay Pedal $149.99
+Dunlop GCB95 Cry Baby Wah Pedal $99.99
+ProCo RAT2 Distortion Pedal $89.99
+Ernie Ball VP Jr Volume Pedal $169.99
+Boss GT-1 Guitar Multi-Effects Processor $219.99
+Line 6 HX Stomp Multi-Effects Processor $699.99
+Zoom G1X Four Guitar Multi-Effects Pedal with Expression Pedal $99.99
CAT pedalboards & power supplies @ Aisle 4 right
Pedaltrain Nano Plus Pedalboard with Soft Case $99.99
+Pedaltrain Classic Jr Pedalboard with Soft Case $169.99
+Truetone 1 Spot 9V DC Power Supply Adapter $29.99
+Truetone 1 Spot Pro CS7 Isolated Pedal Power Supply $169.99
+Boss PSA-120S2 Power Supply Adapter $24.99
CAT instrument cables @ Aisle 5 left
Fender Professional Series Instrument Cable, Straight/Straight, {10 ft:19.99|18.6 ft:24.99|25 ft:29.99} $19.99
+Fender Professional Series Instrument Cable, Straight/Angle, 10 ft $19.99
+Fender California Series Instrument Cable, 10 ft, {Surf Green|Fiesta Red} $14.99
+Ernie Ball Braided Instrument Cable, Straight/Angle, {10 ft:24.99|20 ft:29.99}, Black $24.99
+Mogami Gold Instrument Cable, Straight/Straight, 10 ft $74.95
+Hosa GTR-210 Guitar Cable, 10 ft $9.99
CAT patch cables & adapters @ Aisle 4 right
Ernie Ball Flat Ribbon Patch Cables, 3 pk, {3 in.|6 in.} $14.99
+Hosa IRG-600 Right-Angle Guitar Patch Cables, 6 in., 6 pk $12.95
+MXR 6 in. Pedal Patch Cables, 3 pk $19.99
Hosa GPM-103 1/8 in. TRS to 1/4 in. TRS Headphone Adapter $4.95
+Hosa CPR-202 Dual 1/4 in. TS to Dual RCA Cable, 6.6 ft $9.95

DEPT keyboards & pianos
CAT digital pianos @ Keyboard Showroom
Yamaha P-145 88-Key Weighted Digital Piano, Black $499.99
+Yamaha P-225 88-Key Digital Piano, {Black|White} $699.99
+Yamaha Arius YDP-145 Console Digital Piano, {Black Walnut|White} $1299.99
+Yamaha Clavinova CLP-735 Digital Piano, Polished Ebony $3799.99
+Casio CDP-S160 88-Key Digital Piano, Black $499.99
+Casio Privia PX-S1100 88-Key Digital Piano, {Black|White} $649.99
+Casio Privia PX-870 Console Digital Piano, Black Wood Tone $1099.99
+Roland FP-10 88-Key Digital Piano, Black $599.99
+Roland FP-30X 88-Key Digital Piano, Black $799.99
+Roland RP107 Console Digital Piano, Black $1299.99
+Kawai ES120 88-Key Digital Piano, Black $899.00
+Alesis Recital 88-Key Digital Piano with Semi-Weighted Keys $379.99
+Korg B2 88-Key Digital Piano, Black $549.99
CAT portable keyboards @ Keyboard Showroom
Yamaha PSR-E283 61-Key Portable Keyboard $159.99
+Yamaha PSR-E383 61-Key Portable Keyboard $219.99
+Yamaha PSR-EW425 76-Key Portable Keyboard $399.99
+Yamaha PSR-SX600 61-Key Arranger Workstation Keyboard $999.99
+Casio CT-S1 61-Key Portable Keyboard, {Black|White} $219.99
+Casio LK-S250 61-Key Lighted Key Portable Keyboard $199.99
+Casio SA-76 44-Key Mini Keyboard $59.99
+Alesis Melody 61 MKII Keyboard Package with Stand, Bench and Headphones $139.99
CAT synthesizers & midi controllers @ Keyboard Showroom
Korg Minilogue XD 37-Key Polyphonic Analog Synthesizer $649.99
+Arturia MicroFreak Hybrid Synthesizer $349.00
+Roland Juno-DS61 61-Key Synthesizer $699.99
+Korg Volca Keys Analog Loop Synthesizer $179.99
Arturia MiniLab 3 25-Key MIDI Controller $109.00
+Akai MPK Mini MK3 25-Key MIDI Controller, {Black|White} $119.00
+Novation Launchkey 49 MK3 49-Key MIDI Controller $199.99
+M-Audio Keystation 88 MK3 88-Key MIDI Controller $229.00
+Akai MPD218 Drum Pad MIDI Controller $129.00
CAT keyboard stands & benches @ Aisle 8 left
On-Stage KS7190 Classic Single-X Keyboard Stand $29.99
+On-Stage KS7191 Classic Double-X Keyboard Stand $44.99
+Quik Lok Z-726L Z-Style Keyboard Stand $149.99
+Yamaha L-125B Furniture Stand for P-145, Black $149.99
+Roland KSC-70 Stand for FP-30X, Black $129.99
On-Stage KT7800+ Deluxe X-Style Keyboard Bench $59.99
+RockJam Adjustable Padded Keyboard Bench $29.99
+Yamaha BB1 Padded Keyboard Bench, Black $99.99
+Roland RPB-100 Piano Bench, Black $129.99
CAT sustain pedals @ Aisle 8 left
M-Audio SP-2 Piano-Style Sustain Pedal $24.99
+Yamaha FC4A Piano-Style Sustain Pedal $34.99
+Yamaha FC5 Compact Footswitch Sustain Pedal $19.99
+Roland DP-10 Damper Pedal with Continuous Control $49.99
+Casio SP-3 Sustain Pedal $19.99
+Yamaha LP-1B Three-Pedal Unit for P-145 and P-225 $129.99
+M-Audio EX-P Expression Pedal $29.99

DEPT drums & percussion
CAT drum kits @ Drum Shop
Pearl Roadshow 5-Piece Complete Drum Set with Cymbals, {Jet Black|Wine Red} $699.99
+Ludwig Breakbeats by Questlove 4-Piece Shell Pack, Black Sparkle $449.00
+Ludwig Element Drive 5-Piece Complete Drum Set, Black Sparkle $799.00
+Tama Imperialstar 5-Piece Complete Drum Set, Hairline Black $899.99
+PDP Concept Maple 5-Piece Shell Pack, Twilight Fade $849.99
+Gretsch Catalina Club 4-Piece Shell Pack, Satin Walnut Glaze $749.99
+Pearl Export EXX 5-Piece Drum Set with Hardware, Jet Black $949.00
+Ludwig Junior Outfit 5-Piece Drum Set with Cymbals, Blue Sparkle $349.00
CAT snare drums @ Drum Shop
Ludwig Supraphonic LM402 14 x 6.5 in. Snare Drum $649.00
+Tama Metalworks 14 x 5.5 in. Steel Snare Drum $169.99
+Ludwig Educational Snare Drum Kit with Bag, Stand and Pad $199.00
CAT electronic drums @ Drum Shop
Alesis Nitro Max 8-Piece Electronic Drum Kit $399.00
+Alesis Turbo Mesh 7-Piece Electronic Drum Kit $329.00
+Roland TD-02K V-Drums Electronic Drum Kit $449.99
+Roland TD-07KV V-Drums Electronic Drum Kit $999.99
+Roland TD-17KVX2 V-Drums Electronic Drum Kit $2099.99
+Yamaha DTX402K Electronic Drum Kit $449.99
+Simmons Titan 50 Electronic Drum Kit $499.99
+Roland PM-100 Personal Drum Monitor Amplifier $349.99
CAT cymbals @ Drum Shop
Zildjian Planet Z Complete Cymbal Pack $299.95
+Zildjian A Custom Crash Cymbal, {16 in.:369.95|18 in.:429.95} $369.95
+Zildjian K Custom Dark Ride Cymbal, 20 in. $549.95
+Zildjian A New Beat Hi-Hat Cymbals, 14 in. $549.95
+Sabian B8X Performance Set Cymbal Pack $299.99
+Sabian HHX Evolution Crash Cymbal, 17 in. $439.00
+Meinl HCS Complete Cymbal Set, 14/16/20 in. $199.99
+Meinl Classics Custom Dark Splash Cymbal, 10 in. $119.99
+Meinl Classics Custom China Cymbal, 18 in. $199.99
+Zildjian L80 Low Volume 468 Cymbal Box Set $399.95
CAT drumsticks & brushes @ Aisle 9 left
Vic Firth American Classic Drumsticks, Wood Tip, {5A|7A|5B|2B} $13.49
+Vic Firth American Classic Drumsticks, Nylon Tip, 5A $14.49
+Vic Firth American Classic Drumsticks, Wood Tip, 5A, 4 Pair $49.99
+Promark Forward Drumsticks, Wood Tip, {5A|7A} $12.99
+Vater Los Angeles 5A Drumsticks, Wood Tip $12.99
+Vic Firth SD1 General Concert Snare Drumsticks $14.49
+Vic Firth Kidsticks Drumsticks, Pink $11.99
Vic Firth Heritage Wire Brushes $29.99
+Promark TB3 Telescopic Wire Brushes $22.99
+Promark Hot Rods $24.99
Vic Firth Essentials Stick Bag $24.99
CAT drum heads @ Aisle 9 left
Remo Ambassador Coated Drumhead, {10 in.:17.99|12 in.:18.99|13 in.:19.99|14 in.:20.99} $20.99
+Remo Emperor Clear Drumhead, {12 in.:22.99|16 in.:29.99} $22.99
+Remo Powerstroke P3 Clear Bass Drumhead, 22 in. $54.99
+Evans G2 Coated Drumhead, 12 in. $23.99
+Evans EMAD2 Clear Bass Drumhead, 22 in. $64.99
+Evans UV1 Coated Snare Drumhead, 14 in. $26.99
+Evans EC2 Clear Drumhead Tom Pack, Fusion 10/12/14 in. $69.99
+Remo Silentstroke Mesh Drumhead, {12 in.|14 in.} $24.99
CAT practice pads & mutes @ Aisle 9 right
Evans RealFeel 2-Sided Practice Pad, 12 in. $44.99
+Evans RealFeel Apprentice Practice Pad, 7 in. $29.99
+Vic Firth Double-Sided Practice Pad, 12 in. $39.99
+Remo Tunable Practice Pad, 10 in. $49.99
+Vic Firth Practice Pad Stand $39.99
+Evans SoundOff Drum Mute Box Set, Fusion $89.99
CAT drum hardware @ Drum Shop
DW 3000 Single Bass Drum Pedal $169.99
+DW 5002 Accelerator Double Bass Drum Pedal $599.99
+Tama Iron Cobra 200 Single Bass Drum Pedal $119.99
+Pearl H-930 Hi-Hat Stand $129.00
+Pearl B-930 Boom Cymbal Stand $99.00
+Pearl S-930 Snare Drum Stand $89.00
Roc-N-Soc Nitro Drum Throne, Black $169.99
+Gibraltar 6608 Heavy Duty Round Drum Throne $139.99
+Tama HT130 Standard Drum Throne $74.99
Evans Torque Key Drum Key $14.99
+Ludwig P32 Drum Key $4.99
CAT cajons & hand drums @ Drum Shop
Meinl Headliner Series String Cajon, Natural $99.99
+Meinl Jumbo Bass Subwoofer Cajon, Makah Burl $229.99
+LP Americana Wire Snare Cajon $219.00
+Schlagwerk CP404 2inOne Cajon $189.00
Meinl Headliner Series Wood Bongos, Natural $74.99
+LP Aspire Wood Conga Set, 11 and 12 in., Natural $579.00
+Remo Key-Tuned Djembe, 12 in., Earth Tone $189.00
+Toca Freestyle II Djembe, 10 in., Kente Cloth $89.99
CAT hand percussion @ Aisle 9 right
Meinl Headliner Wood Tambourine, Double Row, Natural $29.99
+LP Cyclops Handheld Tambourine, Black $44.00
+Remo Fiberskyn Tambourine, 10 in. $39.99
Meinl ES2 Egg Shakers, Pair, {Black|Red} $6.99
+LP Rock Shaker $29.99
+LP Pro Wood Maracas, Pair $39.00
+LP Rock Ridge Rider Cowbell $39.00
+LP Jam Block, Red, High Pitch $39.00
+Meinl Rosewood Claves, Pair $15.99
+LP Triangle with Striker, 6 in. $19.00

DEPT band & orchestra
CAT violins @ Band & Orchestra Counter
Cremona SV-75 Premier Novice Violin Outfit, {4/4 Size|3/4 Size|1/2 Size|1/4 Size} $179.00
+Cremona SV-175 Premier Student Violin Outfit, {4/4 Size|1/2 Size} $279.00
+Eastman VL80 Samuel Eastman Violin Outfit, 4/4 Size $439.00
+Stentor Student II Violin Outfit, 4/4 Size $249.00
+Yamaha YEV104 Electric Violin, Natural $599.99
CAT violas & cellos @ Band & Orchestra Counter
Cremona SVA-175 Premier Student Viola Outfit, {15 in.|16 in.} $329.00
+Eastman VA80 Samuel Eastman Viola Outfit, 15.5 in. $499.00
Cremona SC-175 Premier Student Cello Outfit, {4/4 Size|3/4 Size|1/2 Size} $1099.00
CAT orchestral strings @ Aisle 10 left
D'Addario Prelude Violin String Set, {4/4 Size|3/4 Size|1/2 Size}, Medium Tension $24.99
+Thomastik Dominant Violin String Set, 4/4 Size, Medium $69.99
+Pirastro Evah Pirazzi Violin String Set, 4/4 Size $124.99
+Thomastik Dominant Violin E String, 4/4 Size, Ball End $7.99
+D'Addario Helicore Viola String Set, Medium Scale $69.99
+D'Addario Prelude Cello String Set, {4/4 Size|1/2 Size} $79.99
CAT rosin @ Aisle 10 left
D'Addario Kaplan Premium Rosin, {Light|Dark} $14.99
+Pirastro Goldflex Rosin $15.99
+Hidersine Violin Rosin, Light $7.99
+Hill Cello Rosin, Dark $9.99
CAT orchestra accessories @ Aisle 10 left
Kun Original Violin Shoulder Rest, {4/4 Size|3/4-1/2 Size} $27.99
+Everest EZ Violin Shoulder Rest, 4/4 Size $19.99
Glaesel Fiberglass Violin Bow, {4/4 Size|1/2 Size} $59.99
+Glaesel Fiberglass Cello Bow, 4/4 Size $69.99
Tourte-Style Rubber Violin Mute, Black $4.99
+Artino Heavy Rubber Violin Practice Mute $9.99
+Xeros Cello Endpin Anchor $24.99
+Wittner Violin Fine Tuner, Nickel, 4/4 Size $4.99
CAT brass instruments @ Band & Orchestra Counter
Yamaha YTR-2330 Standard Bb Trumpet, Lacquer $1149.99
+Jupiter JTR700 Standard Bb Trumpet, Lacquer $899.00
+Bach TR300H2 Student Bb Trumpet Outfit $1199.00
+Yamaha YSL-354 Student Trombone, Lacquer $1349.99
+Jupiter JTB700 Standard Trombone, Lacquer $949.00
+Jupiter JCR700 Standard Bb Cornet, Lacquer $899.00
+pBone Plastic Trombone, {Red|Blue} $169.99
+pTrumpet Plastic Trumpet, Blue $149.99
CAT valve oil & brass care @ Aisle 10 right
Blue Juice Valve Oil, 2 oz $9.99
+Al Cass Fast Valve Oil, 1.6 oz $8.99
+Yamaha Regular Valve Oil, 60 ml $6.99
+Slide-O-Mix Rapid Comfort Trombone Slide Lubricant $19.99
+Yamaha Tuning Slide Grease, 10 g $5.99
Bach 351 Series Trumpet Mouthpiece, {7C|3C} $59.99
+Bach 350 Series Trombone Mouthpiece, 6-1/2AL, Small Shank $74.99
+Humes & Berg Stonelined Trumpet Straight Mute $29.99
+Herco Trumpet Cleaning Snake $7.99
CAT clarinets @ Band & Orchestra Counter
Yamaha YCL-255 Student Bb Clarinet $669.99
+Buffet Crampon Prodige Student Bb Clarinet $799.00
+Jupiter JCL700N Student Bb Clarinet $549.00
+Yamaha YCL-221II Bass Clarinet $2999.99
CAT saxophones @ Band & Orchestra Counter
Yamaha YAS-280 Student Alto Saxophone $1699.99
+Jupiter JAS700 Student Alto Saxophone $1399.00
+Selmer SAS411 Intermediate Alto Saxophone, Lacquer $2199.00
+Yamaha YTS-280 Student Tenor Saxophone $2699.99
+Yamaha YDS-150 Digital Saxophone $999.99
CAT flutes & piccolos @ Band & Orchestra Counter
Yamaha YFL-222 Student Flute $749.99
+Jupiter JFL700E Student Flute $699.00
+Gemeinhardt 2SP Student Flute $699.00
+Yamaha YPC-32 Student Piccolo $899.99
+Nuvo Student Flute 2.0, White/Black $129.00
CAT reeds @ Aisle 10 right
Vandoren Traditional Bb Clarinet Reeds, Box of 10, {Strength 2|Strength 2.5|Strength 3} $32.99
+Rico by D'Addario Bb Clarinet Reeds, Box of 10, Strength 2.5 $22.99
+Vandoren Java Alto Saxophone Reeds, Box of 10, Strength 2.5 $36.99
+Rico by D'Addario Alto Saxophone Reeds, Box of 10, {Strength 2|Strength 2.5} $29.99
+Vandoren Traditional Tenor Saxophone Reeds, Box of 5, Strength 2.5 $29.99
+Legere Signature Alto Saxophone Reed, Strength 2.5 $34.99
CAT woodwind accessories @ Aisle 10 right
Rovner Dark Ligature for Bb Clarinet $32.99
+Yamaha 4C Bb Clarinet Mouthpiece $34.99
+Vandoren AL3 Optimum Alto Saxophone Mouthpiece $149.00
+Yamaha Cork Grease Stick $4.99
+Hodge Silk Clarinet Swab $14.99
+Hodge Silk Alto Saxophone Swab $19.99
+Yamaha Flute Care Kit $24.99
+Neotech Soft Sax Neck Strap, Regular, Black $24.99
+Vandoren Hygro Reed Case, Clarinet/Alto Sax $29.99

DEPT live sound & recording
CAT microphones @ Aisle 5 right
Shure SM58 Dynamic Vocal Microphone $99.00
+Shure SM57 Dynamic Instrument Microphone $99.00
+Shure Beta 58A Supercardioid Dynamic Vocal Microphone $169.00
+Shure SM7B Dynamic Vocal Microphone $399.00
+Audio-Technica AT2020 Cardioid Condenser Microphone $99.00
+Audio-Technica AT2020USB-X USB Condenser Microphone $129.00
+Rode NT1 5th Generation Condenser Microphone $259.00
+Rode PodMic USB Dynamic Podcast Microphone $199.00
+Sennheiser e835 Dynamic Vocal Microphone $99.95
+Shure BLX24/SM58 Wireless Vocal Microphone System $449.00
+Shure PGADRUMKIT5 Drum Microphone Kit $299.00
CAT mic stands @ Aisle 5 right
On-Stage MS7701B Tripod Boom Microphone Stand $29.99
+On-Stage MS7201B Round Base Microphone Stand $34.99
+Hercules MS533B Stage Series Boom Microphone Stand $59.99
+K&M 210/9 Tripod Boom Microphone Stand, Black $64.99
+On-Stage DS7200B Adjustable Desktop Microphone Stand $14.99
+Rode PSA1+ Professional Studio Boom Arm $129.00
+On-Stage ASVS6-B Pop Blocker Pop Filter $19.99
CAT mic & speaker cables @ Aisle 5 left
Hosa Pro XLR Microphone Cable, {10 ft:19.95|20 ft:24.95|50 ft:44.95} $19.95
+Fender Professional Series XLR Microphone Cable, {10 ft:19.99|20 ft:24.99} $19.99
+Hosa SKJ-450 1/4 in. to 1/4 in. Speaker Cable, 50 ft $29.95
+Hosa SKT-250 Speakon to Speakon Speaker Cable, 50 ft $49.95
CAT pa speakers @ Aisle 7 left
JBL EON710 10 in. Powered PA Speaker $499.00
+JBL EON715 15 in. Powered PA Speaker $599.00
+QSC CP8 8 in. Powered PA Speaker $499.99
+QSC K12.2 12 in. Powered PA Speaker $999.99
+Yamaha DXR12mkII 12 in. Powered PA Speaker $699.99
+Electro-Voice ZLX-12BT 12 in. Powered PA Speaker with Bluetooth $449.00
+Bose S1 Pro+ Portable PA System $699.00
+Alto Professional TX212S 12 in. Powered Subwoofer $399.99
CAT mixers @ Aisle 7 left
Yamaha MG10XU 10-Channel Mixer with Effects $229.99
+Yamaha MG06X 6-Channel Mixer with Effects $149.99
+Behringer Xenyx Q802USB 8-Input Mixer $99.99
+Mackie ProFX10v3 10-Channel Effects Mixer with USB $249.99
+Soundcraft Notepad-12FX Small-Format Analog Mixer $179.00
+Rode RodeCaster Pro II Podcast Production Studio $699.00
CAT audio interfaces @ Aisle 6 left
Focusrite Scarlett Solo 4th Gen USB Audio Interface $139.99
+Focusrite Scarlett 2i2 4th Gen USB Audio Interface $199.99
+Focusrite Scarlett 4i4 4th Gen USB Audio Interface $279.99
+PreSonus AudioBox USB 96 Audio Interface $109.99
+Universal Audio Volt 2 USB Audio Interface $189.00
+IK Multimedia iRig 2 Guitar Interface for iPhone and Mac $39.99
CAT headphones @ Aisle 6 left
Audio-Technica ATH-M50x Professional Monitor Headphones, {Black|White} $169.00
+Audio-Technica ATH-M20x Professional Monitor Headphones $59.00
+Sony MDR-7506 Professional Studio Headphones $99.99
+Sennheiser HD 280 Pro Closed-Back Headphones $99.95
+Beyerdynamic DT 770 Pro 80 Ohm Studio Headphones $179.00
+AKG K240 Studio Semi-Open Headphones $69.00
+Vic Firth SIH2 Stereo Isolation Headphones $99.99
CAT studio monitors @ Aisle 6 right
Yamaha HS5 5 in. Powered Studio Monitor $199.99
+Yamaha HS8 8 in. Powered Studio Monitor $369.99
+KRK Rokit 5 G4 5 in. Powered Studio Monitor $179.00
+PreSonus Eris 3.5 Studio Monitors, Pair $99.99
+JBL 305P MkII 5 in. Powered Studio Monitor $149.00

DEPT print music
CAT method books @ Aisle 11 left
Hal Leonard Guitar Method Book 1 with Online Audio $9.99
+Hal Leonard Guitar Method Complete Edition, Books 1, 2 and 3 $24.99
+Hal Leonard Bass Method Book 1 with Online Audio $9.99
+Hal Leonard Ukulele Method Book 1 with Online Audio $9.99
+Alfred's Basic Adult Piano Course Lesson Book, Level 1 $14.99
+Faber My First Piano Adventure Lesson Book A $14.95
+Faber Piano Adventures Primer Level Lesson Book $8.99
+Essential Elements for Strings Book 1, {Violin|Viola|Cello} $11.99
+Essential Elements for Band Book 1, {Trumpet|Clarinet|Flute} $11.99
+Suzuki Violin School Volume 1 $10.99
+Stick Control for the Snare Drummer by George Lawrence Stone $12.99
+Alfred's Drum Method Book 1 $14.99
+Alfred's Essentials of Music Theory, Complete $29.99
+Recorder Karate Method Book with Online Audio $8.99
CAT songbooks & sheet music @ Aisle 11 right
Hal Leonard The Beatles Complete Chord Songbook $24.99
+Hal Leonard The Daily Ukulele, 365 Songs for Better Living $39.99
+Hal Leonard The Real Book Volume 1, C Edition $39.99
+Hal Leonard The Phantom of the Opera Piano/Vocal Selections $19.99
+Hal Leonard Taylor Swift for Easy Piano $19.99
+Hal Leonard Disney Movie Hits for Violin with Online Audio $14.99
+Hal Leonard Led Zeppelin Guitar Tab Anthology $29.99
+Hal Leonard First 50 Songs You Should Play on Piano $16.99
+Hal Leonard First 50 Songs You Should Play on Acoustic Guitar $16.99
+Hal Leonard Christmas Carols, Easy Piano $12.99
+Hal Leonard Standard Manuscript Paper, 12 Stave, 64 Pages $6.99

DEPT accessories & care
CAT music stands @ Aisle 12 left
Manhasset M48 Symphony Music Stand, Black $59.99
+On-Stage SM7211B Folding Sheet Music Stand, Black $14.99
+Peak SMS-20 Collapsible Music Stand $39.99
+K&M 101 Orchestra Music Stand, Black $69.99
+Proline Compact Folding Music Stand with Bag $19.99
Mighty Bright Orchestra Music Stand Light $39.99
CAT metronomes @ Aisle 12 left
Wittner Taktell Super-Mini Mechanical Metronome, Black $59.99
+Wittner Maelzel Wood Pyramid Metronome, Mahogany $179.99
+Korg MA-2 Pocket Digital Metronome, {Black|Blue} $19.99
+Boss DB-90 Dr. Beat Metronome $139.99
CAT cleaning & care @ Aisle 12 right
Dunlop 65 Guitar Polish & Cleaner, 4 oz $7.99
+Dunlop 65 Ultimate Lemon Oil, 4 oz $8.99
+MusicNomad Guitar One All-in-1 Cleaner, Polish & Wax, 4 oz $14.99
+MusicNomad Premium Guitar Care Kit, 5 pc $49.99
+Fender Microfiber Cleaning Cloth $6.99
+GHS Fast Fret String Cleaner $7.99
+Ernie Ball Wonder Wipes String Cleaner, 6 pk $5.99
+D'Addario Pro-Winder String Winder & Cutter $9.99
Cory Super High Gloss Piano Polish, 8 oz $19.99
+Cory Key Brite Piano Key Cleaner, 4 oz $14.99
CAT humidifiers @ Aisle 12 right
D'Addario Humidipak Restore Two-Way Humidity Control System $24.99
+D'Addario Humidipak Humidify Refill Packets, 3 pk $14.99
+Oasis OH-1 Guitar Humidifier $24.99
+Boveda 49% Two-Way Humidity Control for Guitars, Starter Kit $34.99
+MusicNomad Humitar Acoustic Guitar Humidifier $22.99
+Dampit Violin Humidifier $14.99

DEPT recorders, harmonicas & kids
CAT recorders @ Aisle 13 left
Yamaha YRS-24B Soprano Recorder $8.99
+Yamaha YRS-23 Soprano Recorder, German Fingering $7.99
+Yamaha YRA-28BIII Alto Recorder $29.99
+Aulos A303A Soprano Recorder $11.99
+Yamaha YRS-20 Soprano Recorder, {Pink|Blue|Green} $7.49
CAT harmonicas @ Aisle 13 left
Hohner Special 20 Diatonic Harmonica, Key of {C|G|A|D} $44.99
+Hohner Marine Band 1896 Classic Harmonica, Key of {C|A} $49.99
+Lee Oskar Major Diatonic Harmonica, Key of C $44.99
+Hohner Blues Band Harmonica, Key of C $9.99
+Hohner Chromonica 270 Chromatic Harmonica, Key of C $179.99
+Hohner Flex Rack Harmonica Holder $19.99
CAT kids' instruments @ Aisle 13 right
Remo Kids Percussion Bongos, Fabric Rain Forest $39.99
+Hohner Kids 8-Piece Rhythm Band Set $34.99
+Hohner Kids 8-Note Glockenspiel $19.99
+Hohner Kids Egg Shaker Set, 4 pc $9.99
+Loog Mini Kids Acoustic Guitar, {Red|Black|Green} $69.00
+Melissa & Doug Band-in-a-Box Clap! Clang! Tap! $24.99
+Kala Ukadelic Soprano Ukulele, Rainbow $34.99
+Hohner Kids Kazoos, 3 pk $5.99
+Yamaha PSS-E30 Remie 37-Key Mini Keyboard $79.99
"""



GTR_STRINGS = ["acoustic guitar strings", "electric guitar strings", "classical guitar strings"]
PICKS = r"guitar picks|celluloid picks|plectra|thumbpick|fingerpick"
UKE = r"^(?!.*bass).*ukulele"
UKE_CATS = ["ukuleles", "kids' instruments"]
DRIVE = r"distortion|overdrive|fuzz|tube screamer"
STAND = r"music stand(?! light)"
METRO_CATS = ["metronomes", "tuners"]
BEGIN_KEYS = ["portable keyboards", "kids' instruments"]
HARMONICA = r"harmonica(?! holder)"

QUESTIONS = [
    # plain locate, the way people ask
    ("where are the guitar strings", GTR_STRINGS, None),
    ("do you have bass strings", ["bass strings"], None),
    ("nylon strings for a classical guitar", ["classical guitar strings"], r"nylon|classical"),
    ("guitar picks", ["picks"], PICKS),
    ("where are the capos", ["capos"], None),
    ("guitar straps", ["straps"], r"guitar strap"),
    ("clip on tuner", ["tuners"], r"clip"),
    ("guitar stand", ["guitar stands & hangers"], r"guitar (stand|rack)"),
    ("wall hanger for my guitar", ["guitar stands & hangers"], r"guitar (wall )?hanger"),
    ("gig bag for an acoustic guitar", ["cases & gig bags"], r"acoustic (guitar )?gig bag"),
    ("hard case for an electric guitar", ["cases & gig bags"], r"electric guitar case|strat/tele case"),
    ("guitar slide", ["slides"], None),
    ("where are the guitar amps", ["guitar amplifiers"], None),
    ("bass amp", ["bass amplifiers"], None),
    ("distortion pedal", ["effects pedals"], DRIVE),
    ("looper pedal", ["effects pedals"], r"loop"),
    ("wah pedal", ["effects pedals"], r"wah"),
    ("power supply for my pedals", ["pedalboards & power supplies"], r"power supply"),
    ("patch cables", ["patch cables & adapters"], r"patch"),
    ("guitar cable", ["instrument cables"], None),
    ("digital pianos", ["digital pianos"], None),
    ("keyboard stand", ["keyboard stands & benches"], r"stand"),
    ("piano bench", ["keyboard stands & benches"], r"bench"),
    ("sustain pedal", ["sustain pedals"], r"sustain|damper|three-pedal"),
    ("midi keyboard controller", ["synthesizers & midi controllers"], r"-key midi controller"),
    ("drum set", ["drum kits", "electronic drums"], r"drum (set|kit)|shell pack"),
    ("electronic drum kit", ["electronic drums"], r"drum kit"),
    ("cymbals", ["cymbals"], None),
    ("where are the drumsticks", ["drumsticks & brushes"], r"drumsticks"),
    ("brushes for jazz drums", ["drumsticks & brushes"], r"brushes"),
    ("drum heads", ["drum heads"], None),
    ("practice pad", ["practice pads & mutes"], r"practice pad,"),
    ("drum throne", ["drum hardware"], r"throne"),
    ("bass drum pedal", ["drum hardware"], r"bass drum pedal"),
    ("cajon", ["cajons & hand drums"], r"cajon"),
    ("tambourine", ["hand percussion"], r"tambourine"),
    ("violins", ["violins"], None),
    ("where are the cellos", ["violas & cellos"], r"cello"),
    ("rosin", ["rosin"], None),
    ("shoulder rest for violin", ["orchestra accessories"], r"shoulder rest"),
    ("trumpet", ["brass instruments"], r"trumpet"),
    ("valve oil", ["valve oil & brass care"], r"valve oil"),
    ("clarinet reeds", ["reeds"], r"clarinet"),
    ("alto sax", ["saxophones"], r"alto"),
    ("flutes", ["flutes & piccolos"], r"flute"),
    ("microphone", ["microphones"], None),
    ("mic stand", ["mic stands"], r"microphone stand|boom arm"),
    ("pa speakers", ["pa speakers"], r"speaker|pa system"),
    ("mixing board", ["mixers"], None),
    ("audio interface", ["audio interfaces"], None),
    ("studio monitors", ["studio monitors"], None),
    ("music stand", ["music stands"], STAND),
    ("metronome", METRO_CATS, r"metronome"),
    ("guitar humidifier", ["humidifiers"], r"guitar|humidipak restore"),
    ("recorders", ["recorders"], None),
    ("harmonica", ["harmonicas"], HARMONICA),
    ("beginner piano lesson book", ["method books"], r"piano"),
    ("ukulele", UKE_CATS, UKE),
    ("banjo", ["banjos & mandolins"], r"banjo"),
    # brand and model names used for the thing
    ("kyser capo", ["capos"], r"kyser"),
    ("sm58", ["microphones"], r"sm58"),
    ("scarlett 2i2", ["audio interfaces"], r"2i2"),
    ("fender strat", ["electric guitars"], r"stratocaster"),
    ("tube screamer", ["effects pedals"], r"tube screamer"),
    # misspellings and sound-alikes
    ("ukelele", UKE_CATS, UKE),
    ("metrenome", METRO_CATS, r"metronome"),
    ("symbols for my drum set", ["cymbals"], None),
    ("saxaphone", ["saxophones"], None),
    ("base guitar", ["bass guitars"], None),
    # who-for and needs
    ("strings for my son's half size violin", ["orchestral strings"], r"violin.*1/2 Size"),
    ("guitar for a 10 year old", ["acoustic guitars", "classical guitars", "electric guitars", "kids' instruments"],
     r"3/4|1/2|baby taylor|little martin|gs mini|mini stratocaster|loog"),
    ("drum set for my 6 year old", ["drum kits"], r"junior"),
    ("reeds for my daughter's alto sax", ["reeds"], r"alto"),
    ("my guitar keeps going out of tune", ["tuners", "guitar parts & pickups"], r"tuner|tuning machines"),
    ("something so i can practice drums quietly", ["practice pads & mutes", "electronic drums", "drum heads", "cymbals"],
     r"practice pad,|mute|drum kit|silentstroke|low volume"),
    ("i want to record my guitar on my computer", ["audio interfaces"], None),
    ("my trumpet valves are sticking", ["valve oil & brass care"], r"valve oil"),
    # a Spanish word in an English question
    ("cuerdas for an acoustic guitar", ["acoustic guitar strings"], None),
    ("where's the guitarra clasica", ["classical guitars"], None),
    ("baquetas for drums", ["drumsticks & brushes"], r"drumsticks"),
    ("an atril for my sheet music", ["music stands"], STAND),
    ("audifonos for the studio", ["headphones"], None),
    # price checks
    ("how much is the yamaha p-145", None, r"Yamaha P-145 88-Key", "price"),
    ("price of a pack of ernie ball regular slinky", None, r"Regular Slinky Nickel Wound Electric", "price"),
    ("how much is the shure sm58", None, r"Shure SM58 Dynamic", "price"),
    ("how much does the boss katana 50 cost", None, r"Katana-50", "price"),
    ("price on the focusrite scarlett solo", None, r"Scarlett Solo", "price"),
    ("how much is a box of vandoren clarinet reeds strength 2.5", None, r"Vandoren Traditional Bb Clarinet Reeds, Box of 10, Strength 2\.5", "price"),
    ("how much is the kala ka-15s", None, r"KA-15S", "price"),
    ("how much are the 14 inch remo ambassador heads", None, r"Ambassador Coated Drumhead, 14 in", "price"),
    ("what does the alesis nitro max cost", None, r"Nitro Max", "price"),
    ("price of the snark clip on tuner", None, r"^Snark", "price"),
    # stock checks
    ("is the fender player stratocaster in black in stock", None, r"Player Stratocaster Electric Guitar, Maple Fingerboard, Black", "stock"),
    ("do you have the boss rc-1 looper in stock", None, r"RC-1 ", "stock"),
    ("any kun shoulder rests for a full size violin in stock", None, r"Kun Original Violin Shoulder Rest, 4/4", "stock"),
    ("is the roland td-07kv in stock", None, r"TD-07KV", "stock"),
    ("is the yamaha yas-280 alto sax in stock", None, r"YAS-280", "stock"),
    ("do you have the audio-technica ath-m50x in white", None, r"ATH-M50x.*White", "stock"),
    ("is the taylor gs mini in stock", None, r"GS Mini", "stock"),
    ("do you have the dunlop cry baby wah in stock", None, r"Cry Baby", "stock"),
    # not carried (many sit beside something stocked)
    ("do you sell grand pianos", None, None, "absent"),
    ("i'm looking for a lever harp", None, None, "absent"),
    ("vinyl records", None, None, "absent"),
    ("can i schedule a piano tuning", None, None, "absent"),
    ("bagpipes", None, None, "absent"),
    ("concert tickets", None, None, "absent"),
    ("flat screen tv", None, None, "absent"),
    ("do you have an upright bass", None, None, "absent"),
    ("accordion", None, None, "absent"),
    ("karaoke machine", None, None, "absent"),
    ("dj turntables", None, None, "absent"),
    ("tuba", None, None, "absent"),
    ("an oboe for my daughter", None, None, "absent"),
    ("sitar", None, None, "absent"),
    ("caribbean steel drum", None, None, "absent"),
    ("car stereo speakers", None, None, "absent"),
    ("church organ", None, None, "absent"),
    ("guitar hero controller for the xbox", None, None, "absent"),
    ("marching band uniforms", None, None, "absent"),
    ("theremin", None, None, "absent"),
]

HELDOUT_B = [
    # other names, British words and slang
    ("plectrums", ["picks"], PICKS),
    ("keyboard stool", ["keyboard stands & benches"], r"bench"),
    ("need a new axe, something like a strat", ["electric guitars"], r"stratocaster"),
    ("sticks, 7a", ["drumsticks & brushes"], r"7A"),
    ("uke strings", ["ukulele, banjo & mandolin strings"], r"ukulele"),
    ("mouth organ", ["harmonicas"], HARMONICA),
    ("guitar lead", ["instrument cables"], None),
    ("mic lead", ["mic & speaker cables"], r"microphone cable"),
    ("drum stool", ["drum hardware"], r"throne"),
    ("guitar tab books", ["songbooks & sheet music"], r"guitar|chord"),
    ("manuscript paper", ["songbooks & sheet music"], r"manuscript"),
    ("stomp boxes", ["effects pedals"], r"pedal$"),
    ("sound desk", ["mixers"], None),
    ("cans for recording", ["headphones"], None),
    ("fiddle", ["violins"], None),
    ("fiddle strings", ["orchestral strings"], r"violin"),
    ("a book that explains crotchets and quavers", ["method books"], r"theory"),
    ("machine heads for my guitar", ["guitar parts & pickups"], r"tuning machines"),
    ("humbucker", ["guitar parts & pickups"], r"humbucker"),
    ("boom stand", ["mic stands"], r"boom"),
    ("hi-hat stand", ["drum hardware"], r"hi-hat stand"),
    ("gig bag for my bass", ["cases & gig bags"], r"bass"),
    # misspellings
    ("acustic guitar", ["acoustic guitars"], None),
    ("drumm heads", ["drum heads"], None),
    ("chello bow", ["orchestra accessories"], r"cello bow"),
    # needs and who-for
    ("my strap keeps falling off the guitar", ["straps"], r"straplok|strap blocks"),
    ("i want to play along to songs on my ukulele", ["songbooks & sheet music", "method books"], r"ukulele"),
    ("practice keyboard without waking the baby", ["headphones"], None),
    ("something to stop my cello sliding on the floor", ["orchestra accessories"], r"endpin"),
    ("a harmonica for my dad who plays the blues", ["harmonicas"], HARMONICA),
    # Spanish words
    ("cejilla for my guitar", ["capos"], r"^(?!.*ukulele)"),
    ("bateria for a little kid", ["drum kits"], r"junior"),
    ("teclado for beginners", BEGIN_KEYS, r"^(?!.*arranger).*keyboard"),
    ("bocinas for a party", ["pa speakers"], r"speaker|pa system"),
    ("flauta dulce for my son's school", ["recorders"], None),
    # price checks
    ("how much is the sm57", None, r"SM57", "price"),
    ("price of the orange tortex picks", None, r"Tortex.*Orange", "price"),
    ("how much is the single x keyboard stand", None, r"Single-X", "price"),
    ("what's the price of the casio ct-s1 in white", None, r"CT-S1 .*White", "price"),
    ("how much is a box of rico alto sax reeds in a 2", None, r"Rico by D'Addario Alto Saxophone Reeds, Box of 10, Strength 2$", "price"),
    # stock checks
    ("is the meinl headliner cajon in stock", None, r"Headliner Series String Cajon", "stock"),
    ("any yamaha yrs-24b recorders in stock", None, r"YRS-24B", "stock"),
    ("is the fender blues junior in stock", None, r"Blues Junior", "stock"),
    ("is the kawai es120 in stock", None, r"Kawai ES120", "stock"),
    # not carried
    ("tin whistle", None, None, "absent"),
    ("euphonium", None, None, "absent"),
    ("a hi-fi amplifier for my record deck", None, None, "absent"),
    ("bodhran", None, None, "absent"),
    ("harpsichord", None, None, "absent"),
    ("bassoon reeds", None, None, "absent"),
]

FORCE_OOS = [r"YAS-280", r"ATH-M50x.*White", r"GS Mini", r"Cry Baby", r"Blues Junior", r"Kawai ES120"]
FORCE_IN = [r"Player Stratocaster Electric Guitar, Maple Fingerboard, Black", r"RC-1 ",
            r"Kun Original Violin Shoulder Rest, 4/4", r"TD-07KV", r"Headliner Series String Cajon",
            r"YRS-24B"]


def _spec(t):
    return (t[0], t[1], t[2], t[3] if len(t) > 3 else None)


if __name__ == '__main__':
    run(CATALOG, [_spec(t) for t in QUESTIONS], 'music', 'mu', 4417, FORCE_OOS, FORCE_IN,
        heldout_b=[_spec(t) for t in HELDOUT_B])
