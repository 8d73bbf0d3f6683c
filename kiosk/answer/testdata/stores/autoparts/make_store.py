#!/usr/bin/env python3
"""Generates the blind4 auto parts store: catalog.csv + questions.jsonl."""
import sys
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..'))
from blindcommon import run

CATALOG = r"""
DEPT oil & fluids
CAT motor oil @ Aisle 1 left
Mobil 1 Extended Performance Full Synthetic Motor Oil {0W-20|5W-20|5W-30}, 5 qt $38.99
+Mobil 1 Advanced Full Synthetic Motor Oil {0W-20|5W-30}, 1 qt $10.49
+Castrol GTX High Mileage Synthetic Blend Motor Oil {5W-20|5W-30|10W-30}, 5 qt $29.99
+Pennzoil Platinum Full Synthetic Motor Oil {0W-20|5W-30}, 5 qt $32.99
+Valvoline High Mileage with MaxLife Technology Synthetic Blend Motor Oil {5W-30|10W-30}, 5 qt $27.99
+Valvoline Daily Protection Conventional Motor Oil {5W-30|10W-30|10W-40}, 5 qt $22.99
+Shell Rotella T4 Triple Protection Diesel Engine Oil 15W-40, 1 gal $24.99
+Royal Purple HPS High Performance Street Synthetic Motor Oil 5W-30, 1 qt $13.99
+STP Conventional Motor Oil {5W-20|5W-30}, 5 qt $19.99
Lucas Oil Heavy Duty Oil Stabilizer, {1 qt:11.99|1 gal:36.99} $11.99
Pennzoil Marine XLF 2-Cycle Engine Oil, 1 qt $9.99
Briggs & Stratton SAE 30 Small Engine Oil, 48 oz $8.99
Mobil 1 Racing 4T Full Synthetic Motorcycle Oil 10W-40, 1 qt $13.49
Restore Engine Restorer & Lubricant, 10 oz $14.99
Marvel Mystery Oil, {16 oz:8.99|32 oz:14.99} $8.99
CAT transmission fluid @ Aisle 1 right
Valvoline MaxLife Multi-Vehicle Full Synthetic ATF, {1 qt:9.49|1 gal:32.99} $9.49
+Castrol Transmax Dex/Merc Automatic Transmission Fluid, 1 qt $7.49
+Prestone Multi-Vehicle Full Synthetic CVT Fluid, 1 qt $11.99
Lucas Oil Transmission Fix, 24 oz $17.99
Valvoline SynPower Full Synthetic Gear Oil {75W-90|80W-90}, 1 qt $14.99
+Lucas Oil Heavy Duty 85W-140 Gear Oil, 1 qt $13.99
BlueDevil Transmission Sealer, 16 oz $24.99
Valvoline Full Synthetic Dual Clutch Transmission Fluid, 1 qt $15.49
CAT antifreeze coolant @ Aisle 2 left
Prestone All Vehicles Antifreeze/Coolant, {50/50 Prediluted:14.99|Concentrate:22.99}, 1 gal $14.99
+Peak OET Extended Life Antifreeze/Coolant for {Asian Vehicles|European Vehicles|GM Vehicles}, 50/50 Prediluted, 1 gal $19.99
+Zerex G-05 Antifreeze/Coolant Concentrate, 1 gal $27.99
+Valvoline Zerex Asian Vehicle Blue Antifreeze/Coolant 50/50, 1 gal $24.99
Bar's Leaks Radiator Stop Leak, 11 oz $9.99
K-Seal Ultimate Permanent Coolant Leak Repair, 8 oz $21.99
Prestone Radiator Flush & Cleaner, 22 oz $8.99
Prestone Antifreeze/Coolant Tester $6.99
CAT brake steering fluids @ Aisle 2 right
Prestone DOT 3 Synthetic Brake Fluid, {12 oz:6.99|32 oz:13.99} $6.99
+Valvoline DOT 4 Brake Fluid, 12 oz $9.49
+Castrol DOT 5.1 Brake Fluid, 12 oz $14.99
Prestone Power Steering Fluid, 12 oz $6.49
+Lucas Oil Power Steering Stop Leak, 12 oz $10.99
Honda Genuine Power Steering Fluid, 12 oz $11.99
CAT washer fluid @ Aisle 2 right
Rain-X 2-in-1 Glass Cleaner + Rain Repellent Windshield Washer Fluid, 1 gal $5.49
+Prestone De-Icer Windshield Washer Fluid -25F, 1 gal $4.49
+Prestone Bug Wash Windshield Washer Fluid, 1 gal $3.99
+Peak Summer All Season Windshield Washer Fluid 32F, 1 gal $2.99
+Rain-X Windshield Washer Fluid Concentrate Tablets, 4 ct $6.99
CAT fuel additives @ Aisle 3 left
Sea Foam Motor Treatment, {16 oz:11.99|2 pk, 16 oz:21.99} $11.99
Chevron Techron Concentrate Plus Fuel System Cleaner, {12 oz:11.49|20 oz:16.99} $11.49
+Gumout Regane Complete Fuel System Cleaner, 12 oz $8.99
+Lucas Oil Fuel Treatment, 5.25 oz $5.99
STA-BIL Storage Fuel Stabilizer, {4 oz:7.99|8 oz:12.99|32 oz:29.99} $7.99
Royal Purple Max-Boost Octane Booster, 12 oz $13.99
+STP Octane Booster, 5.25 oz $3.99
Power Service Diesel Kleen +Cetane Boost, 32 oz $15.99
Howes Diesel Treat Conditioner & Anti-Gel, 32 oz $16.99
HEET Gas-Line Antifreeze & Water Remover, 12 oz $3.49
Peak BlueDEF Diesel Exhaust Fluid, 2.5 gal $14.99
CRC GDI IVD Intake Valve & Turbo Cleaner, 12 oz $13.99
Gumout Carb & Choke Cleaner, 14 oz $5.99
CAT lubricants grease @ Aisle 3 right
WD-40 Multi-Use Product with Smart Straw, {8 oz:6.98|12 oz:8.98} $6.98
Liquid Wrench Penetrating Oil, 11 oz $6.49
+PB B'laster Penetrating Catalyst, 11 oz $7.49
3-IN-ONE Professional White Lithium Grease Spray, 10 oz $7.99
Permatex Dielectric Tune-Up Grease, 0.33 oz $4.99
Lucas Oil Red "N" Tacky Grease, 14 oz Cartridge $7.99
+Valvoline Multi-Purpose Lithium Grease, 14 oz Cartridge $6.99
Lumax Heavy Duty Pistol Grip Grease Gun, 14 oz $29.99
CRC Silicone Lubricant Spray, 10 oz $8.49
Permatex Anti-Seize Lubricant, 1 oz Tube $5.99
CRC Battery Terminal Protector Spray, 7.5 oz $6.99
Tri-Flow Superior Lubricant Drip Bottle, 2 oz $7.99

DEPT filters
CAT oil filters @ Aisle 4 left
Fram Extra Guard Oil Filter {PH3614|PH3593A|PH7317|PH10575|PH8A} $6.99
+Fram Ultra Synthetic Oil Filter {XG3614|XG7317|XG10575} $12.99
+Mobil 1 Extended Performance Oil Filter {M1-110A|M1-113A|M1-212A} $13.99
+WIX XP Oil Filter {57060XP|57356XP} $11.49
+K&N Performance Gold Oil Filter HP-1010 $14.99
+STP Extended Life Oil Filter S3614XL $8.99
Motorcraft Oil Drain Plug Gasket, 5 pk $4.49
Dorman AutoGrade Oil Drain Plug M12-1.75 $5.99
CAT air filters @ Aisle 4 right
Fram Extra Guard Engine Air Filter {CA10467|CA11114|CA9482|CA10165} $19.99
+K&N Washable Engine Air Filter {33-2304|33-2443|33-5046} $54.99
+STP Engine Air Filter SA10467 $16.99
K&N Air Filter Cleaning & Re-Oiling Kit $16.99
CAT cabin air filters @ Aisle 4 right
Fram Fresh Breeze Cabin Air Filter with Arm & Hammer {CF10134|CF10285|CF11173} $21.99
+Fram TrueAir HEPA Cabin Air Filter CF10285H $34.99
+STP Cabin Air Filter CAF1811 $15.99
CAT fuel filters @ Aisle 4 left
WIX Fuel Filter {33032|33481} $19.99
+Fram In-Line Fuel Filter G3727 $14.99
Fram Transmission Filter Kit FT1056A $24.99
Dorman PCV Valve 42052 $6.99

DEPT batteries & electrical
CAT car batteries @ Battery Center
Duralast Gold Automotive Battery, Group Size {24F:209.99|35:199.99|48 H6:219.99|65:229.99|94R H7:239.99} $199.99
+Duralast Platinum AGM Automotive Battery, Group Size {48 H6:269.99|94R H7:289.99} $269.99
+Optima RedTop Starting Battery 34/78 $289.99
+Optima YellowTop Dual Purpose Battery D34 $329.99
+EverStart Maxx Lead Acid Automotive Battery, Group Size 35N $164.99
+Duralast Marine & RV Deep Cycle Battery 24DC $169.99
+Duralast Power Sport Battery {ETX14L|ETX20HL} $79.99
+Duralast Lawn & Garden Battery U1R $44.99
CAT battery accessories @ Aisle 5 left
NOCO Boost Plus GB40 1000A 12V UltraSafe Lithium Jump Starter $99.95
+NOCO Boost X GBX55 1250A 12V Lithium Jump Starter $149.95
+Schumacher DSR ProSeries 1200 Peak Amp Jump Starter DSR114 $119.99
Energizer 16 ft. 6 Gauge Jumper Cables $29.99
+Cartman 25 ft. 4 Gauge Booster Cables $39.99
NOCO Genius5 5A 6V/12V Smart Battery Charger $69.95
+Schumacher SC1281 Fully Automatic Battery Charger & Engine Starter, 30A $119.99
+Battery Tender Junior 12V 800mA Battery Maintainer $34.95
Deka Top Post Battery Terminals, 2 pk $7.99
+Deka Side Post Battery Terminal Bolts, 2 pk $4.99
CRC Battery Cleaner with Acid Indicator, 11 oz $6.49
Lisle Battery Post & Terminal Cleaner Brush $5.99
Deka 4 Gauge Battery Cable, 20 in. $12.99
Noco NCP2 Battery Corrosion Preventative Spray, 8 oz $9.99
Bayite 12V Battery Hold Down Kit $11.99
CAT lighting @ Aisle 5 right
Sylvania SilverStar Ultra Headlight Bulb {H11|9006|9005|H7|H4}, 2 pk $49.99
+Philips Standard Halogen Headlight Bulb {H11|9006|9005|H13}, 1 pk $14.99
+Sylvania XtraVision Halogen Headlight Bulb H11, 2 pk $29.99
+Philips Ultinon Pro3021 LED Headlight Bulb {H11|9005}, 2 pk $99.99
Sylvania Basic Mini Bulb {3157|7443|194|1156}, 2 pk $4.99
+Sylvania ZEVO LED Mini Bulb {194 White|3157 Red|7443 Amber}, 2 pk $16.99
Sylvania Headlight Restoration Kit $19.99
Meguiar's Two Step Headlight Restoration Kit $24.99
Nilight 20 in. LED Light Bar with Wiring Harness $49.99
CAT fuses wiring @ Aisle 6 left
Bussmann ATC Blade Fuse Assortment, 40 ct $9.99
+Littelfuse Mini Blade Fuse {10A|15A|20A}, 5 pk $3.49
+Bussmann Maxi Fuse 40A $4.99
Bosch 12V 30/40A 5-Pin Relay $12.99
Install Bay 16 Gauge Primary Wire, {Red|Black}, 25 ft. $7.99
Gardner Bender Heat Shrink Tubing Assortment, 160 pc $12.99
+Gardner Bender Crimp Terminal Kit, 175 pc $17.99
3M Scotch Super 33+ Vinyl Electrical Tape, 3/4 in. x 66 ft. $7.49
Performance Tool 6-24V Circuit Tester $8.99
Dorman Add-A-Circuit Fuse Tap, Mini Blade $6.99
Dorman Universal Window Switch 49200 $24.99

DEPT brakes
CAT brake pads @ Parts Counter
Duralast Gold Ceramic Brake Pads, Front {DG1210:64.99|DG905:59.99|DG1089:64.99|DG1324:69.99} $64.99
+Duralast Gold Ceramic Brake Pads, Rear {DG1057:54.99|DG1351:57.99} $54.99
+Wagner ThermoQuiet Ceramic Brake Pads, Front {QC1210|QC905} $59.99
+Bosch QuietCast Premium Ceramic Disc Brake Pads, Front BC1210 $62.99
+Brembo NAO Ceramic Brake Pads P83152N $74.99
Duralast Brake Shoes, Rear 747B $34.99
CAT brake rotors @ Parts Counter
Duralast Brake Rotor, Front {55097:64.99|31412:69.99|54179:79.99} $64.99
+Duralast Gold Coated Brake Rotor, Front 31412DG $89.99
+Bosch QuietCast Disc Brake Rotor, Front 50011484 $74.99
Duralast Brake Drum 80108 $59.99
CAT brake parts @ Parts Counter
Duralast Remanufactured Brake Caliper, Front {Left|Right} $49.99
Dorman Brake Hardware Kit HW13515 $12.99
Dorman 3/16 in. Steel Brake Line, 60 in. $8.99
+Dorman Brake Hose H620349 $19.99
Lisle One Person Brake Bleeder Kit $14.99
Performance Tool Disc Brake Caliper Piston Compressor Tool $24.99
CRC Brakleen Non-Flammable Brake Parts Cleaner, 14 oz $5.99
+CRC Brakleen Brake Parts Cleaner, 4 pk, 19 oz $22.99
Permatex Ultimate Brake Lube, 0.33 oz $3.99
Dorman Wheel Cylinder W37729 $16.99
Dorman Brake Master Cylinder M630178 $89.99
Dorman Parking Brake Cable C661134 $24.99

DEPT engine & ignition
CAT spark plugs @ Aisle 6 right
NGK Laser Iridium Spark Plug {ILZKR7B11|ILKAR7B11|LZKAR6AP-11}, 1 pk $12.99
+Bosch Double Iridium Spark Plug {9652|9603}, 1 pk $10.99
+Champion Copper Plus Spark Plug {RC12YC|RN12YC|RJ19LM}, 1 pk $3.49
+Autolite Iridium XP Spark Plug {XP5683|XP3923}, 1 pk $9.99
+Denso Iridium TT Spark Plug IK20TT, 1 pk $9.49
+E3 Premium Automotive Spark Plug E3.54, 4 pk $19.99
Lisle Spark Plug Gap Gauge $4.99
GearWrench 3/8 in. Drive 5/8 in. Magnetic Spark Plug Socket $11.99
CAT ignition parts @ Parts Counter
Duralast Ignition Coil {C1522|C1713|C1571} $59.99
+Delphi Ignition Coil GN10328 $69.99
Duralast Spark Plug Wire Set {9790|9824} $49.99
Duralast Distributor Cap & Rotor Kit 4002 $29.99
Duralast Starter {6673:179.99|17862:199.99} $179.99
Duralast Ignition Switch US1148 $34.99
Dorman Ignition Lock Cylinder 989-014 $39.99
Duralast Crankshaft Position Sensor {SU5161|SU9803} $39.99
CAT sensors @ Parts Counter
Bosch Oxygen Sensor, Upstream {15733|13474} $69.99
+Denso Air/Fuel Ratio Sensor 234-9119 $129.99
Duralast Mass Air Flow Sensor MA175 $119.99
Duralast Camshaft Position Sensor SU9771 $34.99
Schrader EZ-Sensor Programmable TPMS Sensor 33500 $49.99
Duralast Coolant Temperature Sensor TX52 $19.99
Duralast Oil Pressure Switch PS287 $16.99
Duralast ABS Wheel Speed Sensor ALS1410 $44.99
Duralast Throttle Position Sensor TH149 $39.99
CAT belts hoses @ Aisle 7 left
Gates Micro-V Serpentine Belt {K060841|K060882|K060923|K060968} $34.99
+Duralast Gold Serpentine Belt {6K841|6K882} $39.99
Gates Timing Belt Component Kit TCK329 $119.99
Gates PowerGrip Timing Belt T304 $44.99
Dayco Belt Tensioner Assembly 89305 $64.99
+Gates DriveAlign Idler Pulley 36156 $29.99
Gates Molded Radiator Hose, Upper {22446|23059} $27.99
+Gates Safety Stripe 5/8 in. Heater Hose, 3 ft. $9.99
+Gates Fuel Line Hose 5/16 in., 3 ft. $12.99
+Gates Vacuum Hose 5/32 in., 3 ft. $5.49
Ideal Stainless Steel Hose Clamp {#12|#20|#28}, 2 pk $4.49
Lisle Serpentine Belt Tool Set $29.99
CAT gaskets sealants @ Aisle 7 right
Permatex Ultra Black Maximum Oil Resistance RTV Silicone Gasket Maker, 3.35 oz $10.99
+Permatex Ultra Grey Rigid High-Torque RTV Silicone Gasket Maker, 3.5 oz $11.49
+Permatex High-Temp Red RTV Silicone Gasket, 3 oz $9.99
Loctite Threadlocker Blue 242, 6 ml $7.49
+Loctite Threadlocker Red 271, 6 ml $7.99
J-B Weld Original Cold Weld Steel Reinforced Epoxy, 2 oz $7.99
+J-B Weld SteelStik Steel Reinforced Epoxy Putty, 2 oz $6.99
BlueDevil Head Gasket Sealer, 32 oz $59.99
+Bar's Leaks HG-1 Head Gasket Fix, 24 oz $29.99
Fel-Pro Valve Cover Gasket Set {VS50508R|VS50607R} $34.99
+Fel-Pro Intake Manifold Gasket Set MS96009 $24.99
+Fel-Pro Exhaust Manifold Gasket MS92474 $29.99
Fel-Pro Gasket Material Sheet, 10 in. x 10 in. $9.99
Permatex Gasket Remover, 12 oz $9.99
CAT cooling system @ Aisle 8 left
Stant OE Type Radiator Cap {10231|10233} $11.99
Stant SuperStat Thermostat {45358|48759} $14.99
+Motorad Thermostat with Housing 902-160 $39.99
Duralast Water Pump {P1004|P1450} $69.99
Duralast Radiator 2826 $169.99
Dorman Coolant Reservoir Tank 603-140 $49.99
Duralast Radiator Fan Assembly 620-634 $149.99
Lisle Spill-Free Coolant Funnel Kit $29.99
Dorman Heater Core 2036 $79.99
Dorman Radiator Drain Petcock 61101 $5.99

DEPT exhaust & suspension
CAT suspension steering @ Parts Counter
Monroe OESpectrum Shock Absorber 37130 $59.99
+Monroe Quick-Strut Complete Strut Assembly {171346|172293} $139.99
+KYB Excel-G Gas Strut 339281 $79.99
Moog Sway Bar Link K750422 $24.99
Moog Outer Tie Rod End ES800600 $34.99
Moog Lower Ball Joint K500045 $44.99
Timken Wheel Bearing & Hub Assembly HA590142 $129.99
Duralast New CV Axle NCV36524 $89.99
Moog Lower Control Arm RK620298 $99.99
Lucas Oil Power Steering Rack Sealer? $1.00
CAT exhaust @ Aisle 8 right
Walker Quiet-Flow Muffler {21370|21380} $69.99
+Flowmaster Super 44 Muffler 942545 $129.99
AP Exhaust Direct Fit Catalytic Converter 642191 $249.99
Walker Exhaust Pipe Hanger, 2 pk $8.99
Walker U-Bolt Exhaust Clamp {2 in.|2-1/4 in.|2-1/2 in.} $4.99
Dynomax Stainless Steel Exhaust Tip, 2.5 in. Inlet $29.99
Permatex Muffler & Tailpipe Sealer, 5.5 oz $7.99
Walker Exhaust Gasket 31379 $6.99

DEPT wipers & exterior
CAT wipers @ Aisle 9 left
Bosch ICON Beam Wiper Blade {16|18|19|20|21|22|24|26|28} in. $27.99
+Rain-X Latitude Water Repellency 2-in-1 Beam Wiper Blade, {16|18|20|22|24|26} in. $24.99
+Michelin Stealth Ultra Hybrid Wiper Blade, {18|20|22|24} in. $26.99
+Trico Exact Fit Conventional Wiper Blade, {16|18|20|22} in. $9.99
+Rain-X WeatherBeater Winter Wiper Blade, {20|22|24} in. $14.99
+Trico Rear Wiper Blade, {10|12|14} in. $12.99
CAT car wash wax @ Aisle 9 right
Meguiar's Gold Class Car Wash Shampoo & Conditioner, 64 oz $14.99
+Chemical Guys Mr. Pink Foaming Car Wash Soap, 16 oz $9.99
+Turtle Wax Zip Wax Car Wash & Wax, 64 oz $9.99
Meguiar's Ultimate Liquid Wax, 16 oz $29.99
+Turtle Wax Hybrid Solutions Ceramic Spray Coating, 16 oz $19.99
+Mothers California Gold Pure Carnauba Paste Wax, 12 oz $18.99
Meguiar's Hot Shine High Gloss Tire Spray, 15 oz $12.99
+Armor All Extreme Shield Tire Shine Gel, 18 oz $9.99
Meguiar's Hot Rims All Wheel & Tire Cleaner, 24 oz $12.99
+Chemical Guys Diablo Gel Wheel & Rim Cleaner, 16 oz $11.99
Meguiar's Smooth Surface Clay Kit $29.99
Meguiar's Ultimate Quik Detailer Mist & Wipe, 22 oz $14.99
Chemical Guys Microfiber Towels, 16 in. x 16 in., {6 pk:12.99|24 pk:34.99} $12.99
Viking Chenille Microfiber Wash Mitt $7.99
+Carrand Flow-Thru Car Wash Brush with 60 in. Pole $24.99
The Absorber Synthetic Drying Chamois $14.99
Turtle Wax Bug & Tar Remover, 16 oz $7.99
Mothers Mag & Aluminum Polish, 10 oz $10.99
Rain-X Original Glass Water Repellent, 7 oz $7.49
Invisible Glass Premium Glass Cleaner Aerosol, 19 oz $6.49
Meguiar's Ultimate Compound Car Paint Restorer, 15.2 oz $19.99
Torq 10FX Random Orbital Polisher $139.99
CAT paint body repair @ Aisle 10 right
Dupli-Color Perfect Match Automotive Touch-Up Paint Pen, {Summit White|Super Black|Bright Silver Metallic|Victory Red} $14.99
+Dupli-Color Perfect Match Automotive Spray Paint, {Super Black|Summit White|Bright Silver Metallic}, 8 oz $17.99
+Dupli-Color High Heat Engine Enamel, Ford Red, 12 oz $11.99
+Rust-Oleum Automotive High Heat Spray Paint, Flat Black, 12 oz $9.98
+Dupli-Color Caliper Paint Kit, Red $29.99
Rust-Oleum Automotive Primer Spray, Gray, 12 oz $8.98
Bondo All-Purpose Body Filler, {14 oz:11.99|1 qt:21.99} $11.99
+Bondo Glazing & Spot Putty, 4.5 oz $9.99
Bondo Fiberglass Resin Repair Kit $24.99
3M Wetordry Sandpaper Assortment, {1000/1500/2000 Grit} $9.99
Rust-Oleum Rust Reformer Spray, 10.25 oz $9.48
3M Scratch Removal System $24.99
Permatex Bumper & Trim Repair Kit $14.99
3M Automotive Attachment Tape, 1/2 in. x 5 yd. $11.99
Plasti Dip Rubber Coating Spray, {Black|Gunmetal Gray}, 11 oz $8.99
CAT exterior accessories @ Aisle 10 left
Cruiser Accessories Chrome License Plate Frame $14.99
+Bully Black Silicone License Plate Frame $9.99
Dorman License Plate Screw Kit $3.99
Husky Liners Custom Mud Guards, Front $49.99
Weathertech No-Drill Mud Flaps, Front $69.99
Auto Ventshade Ventvisor Window Deflectors, 4 pc $64.99
Cipa Universal Convex Blind Spot Mirror, 2 pk $6.99
+Dorman Side View Mirror Glass 56052 $19.99
+Dorman Power Side View Mirror, Driver Side 955-1491 $79.99
Bell Automotive Antenna Replacement Mast $9.99
Dorman Exterior Door Handle, Front Left 80501 $24.99
Dorman Universal Body Side Molding, 16 ft. $19.99
Dorman Tailgate Handle 77150 $29.99
Dorman Gas Cap 800-055 $11.99
+Stant Locking Gas Cap 10511 $19.99
Dorman Hood Lift Support 49467, 2 pk $34.99
+Dorman Liftgate Lift Support 42312, 2 pk $39.99

DEPT interior
CAT floor mats @ Aisle 11 left
WeatherTech All-Weather Floor Mats, {Front:59.95|Rear:39.95}, Black $59.95
+Husky Liners WeatherBeater Front Floor Liners $129.95
+Armor All Heavy Duty Rubber Floor Mats, 4 pc, {Black|Tan} $29.99
+Motor Trend FlexTough All Weather Car Floor Mats, 4 pc $34.99
+Bell Automotive Carpet Floor Mats, 2 pc, Black $19.99
CAT seat steering covers @ Aisle 11 left
FH Group Neoprene Car Seat Covers, Full Set, {Black|Gray|Beige} $49.99
+Bell Automotive Universal Low Back Seat Cover, {Black|Gray} $19.99
+Pilot Automotive Camo Bucket Seat Cover, 2 pk $34.99
Bell Automotive Leather Steering Wheel Cover, {Black|Brown} $14.99
+Pilot Automotive Pink Plush Steering Wheel Cover $12.99
Kurgo Waterproof Dog Hammock Back Seat Cover $59.99
CAT interior accessories @ Aisle 11 right
EcoNour Windshield Sun Shade, {Standard|Jumbo} $19.99
+Magnelex Side Window Sun Shade, 2 pk $12.99
High Road Back Seat Organizer with Tablet Holder $24.99
+Drymate Trunk Organizer, Collapsible $29.99
Fit Right Car Trash Can with Lid $14.99
Drive Medical Car Seat Cushion Wedge $24.99
Drop Stop Car Seat Gap Filler, 2 pk $14.99
Dash Designs Custom Dash Cover, Black $59.99
Magellan Car Seat Back Kick Mats, 2 pk $16.99
Car Shield Steering Wheel Lock $29.99
+The Club Original Steering Wheel Lock 1000 $34.99
CAT air fresheners @ Front Register
Little Trees Hanging Car Air Freshener, {Black Ice|New Car Scent|Vanillaroma|Royal Pine}, 3 pk $3.99
+Febreze Car Vent Clip Air Freshener, {Linen & Sky|Gain Original}, 2 ct $7.49
+California Scents Spillproof Organic Air Freshener Can, {Coronado Cherry|Newport New Car} $2.99
+Armor All Odor Eliminator Fogger, 2 oz $6.99
+Meguiar's Whole Car Air Re-Fresher Odor Eliminator Mist, New Car Scent $7.99
+Ozium Smoke & Odors Eliminator Spray, 3.5 oz $6.99
CAT interior cleaners @ Aisle 12 right
Armor All Original Protectant Spray, 16 oz $7.99
+Armor All Cleaning Wipes, 30 ct $5.49
+Meguiar's Ultimate Protectant Dressing, 15.2 oz $12.99
Chemical Guys Leather Cleaner & Conditioner Kit, 16 oz $19.99
+Lexol Leather Conditioner, 16.9 oz $14.99
Turtle Wax Power Out! Carpet & Upholstery Cleaner, 18 oz $7.99
Bissell Auto-Mate Handheld Car Vacuum, 12V $39.99
+Armor All 12V Corded Handheld Vacuum $29.99
Chemical Guys Detailing Brush Set, 5 pc $19.99
CAT phone electronics @ Aisle 12 left
iOttie Easy One Touch 5 Dash & Windshield Phone Mount $24.99
+Scosche MagicMount Magnetic Vent Phone Mount $19.99
+Belkin MagSafe Wireless Charger Car Vent Mount $99.99
Anker 2-Port USB Car Charger, 24W $14.99
+Scosche PowerVolt USB-C PD Car Charger, 30W $24.99
Belkin USB-C to Lightning Cable, 6 ft. $19.99
+Belkin USB-C to USB-C Cable, 6 ft. $14.99
Nulaxy Bluetooth FM Transmitter KM18 $21.99
Bestek 300W Power Inverter with USB Ports $39.99
Energizer 12V Car Socket Splitter, 3 Outlet $16.99

DEPT tools & equipment
CAT hand tools @ Aisle 13 left
Duralast 3/8 in. Drive SAE & Metric Socket Set, 63 pc $59.99
+Crescent 1/4 in. & 3/8 in. Drive Mechanics Tool Set, 148 pc $99.99
Duralast Combination Wrench Set, {SAE|Metric}, 11 pc $39.99
+GearWrench 12 Point Ratcheting Combination Wrench Set, Metric, 9 pc $79.99
+Crescent 8 in. Adjustable Wrench $14.99
Duralast 3/8 in. Drive 72 Tooth Ratchet $19.99
+Duralast 1/2 in. Drive Breaker Bar, 24 in. $29.99
Duralast 1/2 in. Drive Click Type Torque Wrench $49.99
Duralast Hex Key Set, SAE & Metric, 26 pc $12.99
+Duralast Torx Bit Socket Set, 10 pc $19.99
Duralast Screwdriver Set, 10 pc $19.99
Channellock Pliers Set, 4 pc $49.99
+Irwin Vise-Grip Locking Pliers, 10 in. $19.99
Duralast Cap Type Oil Filter Wrench, 76 mm $9.99
+Lisle Swivel Grip Oil Filter Wrench $14.99
Duralast 4-Way Lug Wrench $19.99
Duralast 1/2 in. Drive Impact Socket Set, Metric, 11 pc $39.99
Milwaukee M12 FUEL 3/8 in. Cordless Ratchet Kit $229.00
+DeWalt 20V MAX XR 1/2 in. Cordless Impact Wrench Kit $299.00
Duralast Magnetic Pickup Tool $6.99
Duralast Mechanic's Inspection Mirror $7.99
Performance Tool Tap & Die Set, 40 pc $34.99
Lisle Fuel Line Disconnect Tool Set $14.99
Duralast Trim Panel Removal Tool Set, 5 pc $12.99
Duralast Ball Joint Press Kit $89.99
Pittsburgh Automotive Brake Spring Tool $9.99
Performance Tool Pry Bar Set, 4 pc $24.99
CAT jacks lifts @ Aisle 14 left
Pittsburgh Automotive 3 Ton Low Profile Floor Jack $149.99
+Duralast 2 Ton Trolley Floor Jack $79.99
+Torin Big Red 2 Ton Bottle Jack $29.99
+Powerbuilt 3 Ton Scissor Jack $39.99
Duralast 3 Ton Jack Stands, 2 pk $49.99
+Torin Big Red 6 Ton Jack Stands, 2 pk $69.99
Rhino Ramps Car Ramps, 2 pk $69.99
Duralast Rolling Mechanic's Creeper $49.99
Duralast Rubber Wheel Chocks, 2 pk $14.99
CAT diagnostic tools @ Aisle 13 right
Innova 5210 OBD2 Code Reader & Scanner $99.99
+Bosch OBD 1300 Diagnostic Scan Tool $59.99
+BlueDriver Bluetooth Pro OBDII Scan Tool $119.95
+Autel AutoLink AL319 OBD2 Code Reader $39.99
Innova 3320 Auto-Ranging Digital Multimeter $39.99
Actron CP7827 Compression Tester Kit $59.99
Lisle Spark Plug Tester $9.99
Innova Battery & Charging System Tester $29.99
Mityvac Hand Vacuum Pump Kit $69.99
Duralast Timing Light $49.99
CAT shop supplies @ Aisle 14 right
Grease Monkey Nitrile Gloves, {Large|X-Large}, 100 ct $14.99
+Mechanix Wear Original Work Gloves, {Medium|Large|X-Large} $24.99
Scott Shop Towels on a Roll, {1 roll:3.99|6 rolls:19.99} $3.99
+Duralast Red Shop Rags, 25 ct $9.99
Hopkins FloTool Funnel, {Standard|Spill Saver} $5.99
Hopkins FloTool 15 qt Oil Drain Pan $12.99
+Lumax 8 Gallon Low Profile Oil Drain Container $39.99
GOJO Natural Orange Pumice Hand Cleaner, 1 gal $14.99
+Fast Orange Pumice Hand Cleaner Wipes, 72 ct $11.99
Gardner Bender Cable Ties, 8 in., 100 pk $6.99
Oil-Dri Oil Absorbent, 10 lb $7.99
Hopkins FloTool Universal Oil Filter Drain Funnel $8.99
Dorman Auto Body Push Pin Clip Assortment, 100 pc $14.99
Dorman Nut & Bolt Assortment, Metric, 100 pc $16.99
Ideal Gasoline Siphon Pump $12.99
Lumax Drum Pump, 55 gal $49.99
CAT tire care @ Aisle 12 right
Slime 12V Tire Inflator {40026:39.99|Digital 40051:59.99} $39.99
+DeWalt 20V MAX Cordless Tire Inflator, Tool Only $129.00
+Viair 88P Portable Air Compressor $89.99
Accutire Digital Tire Pressure Gauge MS-4021B $11.99
+Milton Pencil Tire Gauge $6.99
Slime Tire Plug Repair Kit $12.99
+Boulder Tools Heavy Duty Tire Repair Kit, 56 pc $29.99
Fix-a-Flat Aerosol Tire Inflator, {16 oz:8.99|20 oz:11.49} $8.99
+Slime Emergency Tire Sealant, 16 oz $11.99
Dorman Chrome Tire Valve Stem Caps, 4 pk $4.99
Dorman Wheel Lug Nut, 12mm x 1.5, 4 pk $9.99
McGard Wheel Locks, 12mm x 1.5 $39.99
Dorman Wheel Stud 610-244, 2 pk $5.99
Dorman Chrome Wheel Center Cap $14.99

DEPT towing & cargo
CAT towing @ Aisle 15 left
Curt Hitch Ball, {1-7/8 in.:19.99|2 in.:24.99|2-5/16 in.:29.99} $19.99
+Curt Class 3 Trailer Hitch Ball Mount, 2 in. Drop $39.99
+Curt Hitch Pin & Clip, 5/8 in. $7.99
+Reese Towpower Locking Hitch Pin $24.99
Curt Custom Trailer Hitch Receiver 13146 $189.99
Hopkins 4-Flat Trailer Wiring Connector Kit $24.99
+Hopkins 7-Blade RV Trailer Connector $29.99
Blazer Submersible LED Trailer Light Kit $39.99
Smittybilt 2 in. x 20 ft. Recovery Tow Strap, 20,000 lb $29.99
Keeper Tow Chain, 5/16 in. x 20 ft., Grade 43 $59.99
Curt Trailer Safety Chain, 35 in. $19.99
Curt Trailer Coupler Lock $19.99
Curt 1,000 lb Swivel Trailer Jack $49.99
CAT cargo management @ Aisle 15 right
Keeper Ratchet Tie-Down Straps, 1 in. x 15 ft., 4 pk $24.99
+Rhino USA Ratchet Straps, 2 in. x 27 ft., 4 pk $49.99
Keeper Bungee Cords Assortment, 24 pc $14.99
+Keeper 48 in. Bungee Cord, 2 pk $6.99
Keeper Truck Bed Cargo Net, 50 in. x 60 in. $24.99
Rightline Gear Sport 2 Car Top Carrier, 15 cu. ft. $119.99
Curt Hitch Cargo Carrier, 500 lb $169.99
Bell Automotive Heavy Duty Poly Tarp, 8 ft. x 10 ft. $14.99
Keeper Soft Loop Tie-Downs, 2 pk $7.99
Lund Truck Bed Extender $149.99

DEPT safety & seasonal
CAT emergency roadside @ Aisle 16 left
Orion Safety Road Flares, 30 Minute, 3 pk $14.99
+Tooluxe Reflective Warning Triangles, 3 pk $19.99
+Tobfit LED Road Flares, 3 pk $29.99
First Aid Only Auto First Aid Kit, 138 pc $19.99
Lifeline AAA Road Kit, 42 pc $34.99
Kidde Auto Fire Extinguisher, 5-B:C $24.99
Resqme Seatbelt Cutter & Window Breaker Keychain $9.99
Energizer LED Magnetic Work Light $19.99
+Duralast Rechargeable LED Flashlight $24.99
Be Smart Get Prepared Emergency Mylar Blankets, 4 pk $7.99
Duralast 2 Gallon Plastic Gas Can $14.99
+Scepter 5 Gallon Gas Can $29.99
Blitz 5 Gallon Water Jug $14.99
CAT winter car care @ Seasonal
Hopkins SubZero Ice Scraper, 10 in. $4.99
+Hopkins SubZero Snow Brush with Ice Scraper, 47 in. $19.99
Prestone Windshield De-Icer Spray, 11 oz $5.49
+Prestone Lock De-Icer, 0.6 oz $3.49
FrostGuard Windshield Snow Cover, Standard $34.99
Lifeline Aluminum Sport Utility Snow Shovel $24.99
Kitty Litter Traction Aid, 20 lb $8.99
Peak Heated Auto Blanket, 12V $29.99
"""

CATALOG = CATALOG.replace("Lucas Oil Power Steering Rack Sealer? $1.00\n", "")

F = None
QUESTIONS = [
    # plain locate, shopper words
    ("where are the wiper blades", ["wipers"], "wiper"),
    ("car battery", ["car batteries"], "automotive battery|starting battery|dual purpose"),
    ("do you have jumper cables", ["battery accessories"], "jumper cable|booster cable"),
    ("oil filter for a 2015 camry", ["oil filters"], "oil filter"),
    ("where's the antifreeze", ["antifreeze coolant"], "antifreeze|coolant"),
    ("brake pads", ["brake pads"], "brake pads"),
    ("spark plugs", ["spark plugs"], "spark plug(?! (gap|socket))"),
    ("windshield washer fluid", ["washer fluid"], "washer fluid"),
    ("where is the motor oil", ["motor oil"], "^(?!.*(2-Cycle|Small Engine)).*(motor oil|engine oil|motorcycle oil)"),
    ("tire pressure gauge", ["tire care"], "pressure gauge|tire gauge"),
    ("floor mats", ["floor mats"], "floor (mats|liners)"),
    ("headlight bulbs", ["lighting"], "headlight bulb"),
    ("where would i find brake fluid", ["brake steering fluids"], "brake fluid"),
    ("serpentine belt", ["belts hoses"], "serpentine belt"),
    ("air freshener for the car", ["air fresheners"], None),
    ("do you sell floor jacks", ["jacks lifts"], "floor jack"),
    ("a scanner to read my check engine light", ["diagnostic tools"], "scan|code reader|obd"),
    ("socket set", ["hand tools"], "socket set|tool set"),
    ("trailer hitch ball", ["towing"], "hitch ball"),
    ("ratchet straps", ["cargo management"], "ratchet"),
    ("bungee cords", ["cargo management"], "bungee"),
    ("seat covers", ["seat steering covers"], "seat cover"),
    ("sun shade for the windshield", ["interior accessories"], "windshield sun shade"),
    ("phone holder for my car", ["phone electronics"], "phone mount|mount"),
    ("transmission fluid", ["transmission fluid"], "transmission fluid|ATF|CVT"),
    ("power steering fluid", ["brake steering fluids"], "power steering fluid"),
    ("engine air filter", ["air filters"], "engine air filter"),
    ("thermostat", ["cooling system"], "thermostat"),
    ("touch up paint", ["paint body repair"], "touch-up paint|Perfect Match"),
    ("bondo", ["paint body repair"], "Bondo"),
    ("car wash soap", ["car wash wax"], "car wash (soap|shampoo)|car wash & wax"),
    ("fuses", ["fuses wiring"], "fuse(?! tap)"),
    ("where is the wd40", ["lubricants grease"], "WD-40"),
    ("shop towels", ["shop supplies"], "shop (towels|rags)"),
    ("road flares", ["emergency roadside"], "flare"),
    ("brake rotors", ["brake rotors"], "rotor"),
    ("ignition coil", ["ignition parts"], "ignition coil"),
    ("oxygen sensor", ["sensors"], "oxygen sensor|air/fuel ratio"),
    # brand-only / brand generic
    ("armor all", ["interior cleaners", "floor mats", "car wash wax", "air fresheners"], "Armor All"),
    ("meguiars", ["car wash wax", "interior cleaners", "lighting", "air fresheners"], "Meguiar's"),
    ("do you carry k&n", ["air filters", "oil filters"], "K&N"),
    ("sea foam", ["fuel additives"], "Sea Foam"),
    ("noco", ["battery accessories"], "NOCO"),
    ("weathertech", ["floor mats", "exterior accessories"], "WeatherTech"),
    ("rain x", ["washer fluid", "wipers", "car wash wax"], "Rain-X"),
    ("fix a flat", ["tire care"], "Fix-a-Flat"),
    ("loctite", ["gaskets sealants"], "Loctite"),
    ("little trees", ["air fresheners"], "Little Trees"),
    # misspellings
    ("wipper blades", ["wipers"], "wiper"),
    ("antifreez", ["antifreeze coolant"], "antifreeze"),
    ("spark plugz for my truck", ["spark plugs"], "spark plug(?! (gap|socket))"),
    ("serpentine belt tensionor", ["belts hoses"], "tensioner"),
    ("breaks pads for the front", ["brake pads"], "brake pads, front"),
    ("transmision fluid", ["transmission fluid"], "transmission fluid|ATF|CVT"),
    ("tire infalter", ["tire care"], "inflator|compressor"),
    ("catalitic converter", ["exhaust"], "catalytic converter"),
    ("hedlight restoration kit", ["lighting"], "headlight restoration"),
    ("oxygin sensor", ["sensors"], "oxygen sensor|air/fuel ratio"),
    # spoken / needs
    ("um do you guys have the stuff you put in the gas to clean the injectors", ["fuel additives"], "fuel system cleaner|injector|Techron|Regane|Sea Foam|Fuel Treatment"),
    ("my car wont start i think the battery is dead", ["battery accessories"], "jump starter|jumper cable|booster cable|battery charger"),
    ("something to clean my rims", ["car wash wax"], "wheel|rim|Mag & Aluminum"),
    ("i got a nail in my tire can i fix it myself", ["tire care"], "plug|repair kit|sealant|Fix-a-Flat"),
    ("my headlights are all foggy and yellow", ["lighting"], "headlight restoration"),
    ("the car smells like my dog", ["air fresheners"], None),
    ("my radiator is leaking a little", ["antifreeze coolant"], "stop leak|leak repair"),
    ("something to charge my phone in the car", ["phone electronics"], "charger"),
    ("i need to tow my buddy's car home", ["towing"], "tow strap|tow chain"),
    ("yeah hi my windshield wipers are streaking real bad what size do you have", ["wipers"], "wiper"),
    ("what do i need to change my own oil", ["motor oil", "oil filters", "shop supplies", "hand tools"], "motor oil|oil filter|drain pan|drain container|filter wrench|funnel"),
    ("stuff to get rust off bolts that are stuck", ["lubricants grease"], "penetrating|WD-40|Liquid Wrench|B'laster"),
    ("something to keep my gas good over the winter for the boat", ["fuel additives"], "stabilizer|STA-BIL|Sea Foam"),
    ("my check engine light came on, can i read the code here", ["diagnostic tools"], "scan|code reader|OBD"),
    ("the plastic clips that hold the bumper on", ["shop supplies"], "push pin|clip"),
    # Spanish-speaking shoppers' English
    ("where is the oil for the motor of the car", ["motor oil"], "^(?!.*(2-Cycle|Small Engine)).*(motor oil|engine oil)"),
    ("you have the filter for the air of the car", ["air filters", "cabin air filters"], "air filter"),
    ("the liquid for the brakes please", ["brake steering fluids"], "brake fluid"),
    ("i need the cables for pass the corriente to other car", ["battery accessories"], "jumper cable|booster cable"),
    ("where are the plumillas, the wipers for the glass", ["wipers"], "wiper"),
    ("bateria for the car where is", ["car batteries"], "automotive battery|starting battery|dual purpose"),
    ("the gato for lift the car", ["jacks lifts"], "jack(?! stands)"),
    ("you sell the light for the front of the car", ["lighting"], "headlight bulb"),
    ("how much cost the battery duralast gold group 35", None, r"Duralast Gold Automotive Battery, Group Size 35$", "price"),
    ("the líquido for clean the windshield", ["washer fluid", "car wash wax"], "washer fluid|glass cleaner"),
    # price checks
    ("how much is mobil 1 5w30 five quarts", None, r"Mobil 1 Extended Performance .*5W-30, 5 qt", "price"),
    ("price on the bosch icon 22 inch", None, r"Bosch ICON Beam Wiper Blade 22 in", "price"),
    ("what does the noco gb40 cost", None, r"NOCO Boost Plus GB40", "price"),
    ("how much for a gallon of prestone antifreeze the 50 50", None, r"Prestone All Vehicles Antifreeze/Coolant, 50/50", "price"),
    ("sea foam price", None, r"Sea Foam Motor Treatment, 16 oz", "price"),
    ("how much is the innova 5210", None, r"Innova 5210", "price"),
    ("price of the 3 ton low profile floor jack", None, r"3 Ton Low Profile Floor Jack", "price"),
    ("fram ph3614 how much", None, r"Fram Extra Guard Oil Filter PH3614", "price"),
    ("how much are the weathertech front mats", None, r"WeatherTech All-Weather Floor Mats, Front", "price"),
    # stock checks
    ("do you have the optima red top in stock", None, r"Optima RedTop", "stock"),
    ("is the ngk laser iridium ilzkr7b11 in stock", None, r"ILZKR7B11", "stock"),
    ("any k&n air filter cleaning kit left", None, r"K&N Air Filter Cleaning", "stock"),
    ("do you have the blue driver scan tool in stock", None, r"BlueDriver", "stock"),
    ("is the rain-x latitude 26 inch in stock", None, r"Rain-X Latitude .*26 in", "stock"),
    ("do you have lucas oil stabilizer gallon in stock", None, r"Lucas Oil Heavy Duty Oil Stabilizer, 1 gal", "stock"),
    ("got any rhino ramps in stock", None, r"Rhino Ramps", "stock"),
    ("is the chemical guys mr pink in stock", None, r"Mr\. Pink", "stock"),
    # absent
    ("do you sell tires", None, None, "absent"),
    ("tire chains for snow", None, None, "absent"),
    ("a dash cam", None, None, "absent"),
    ("car seat for my baby", None, None, "absent"),
    ("remote car starter", None, None, "absent"),
    ("new car stereo with bluetooth", None, None, "absent"),
    ("alternator for a 2012 civic", None, None, "absent"),
    ("full car cover for parking outside", None, None, "absent"),
    ("window tint film", None, None, "absent"),
    ("backup camera", None, None, "absent"),
    ("spray on bed liner", None, None, "absent"),
    ("motorcycle helmet", None, None, "absent"),
    ("can you program a new key fob", None, None, "absent"),
    ("lift kit for my jeep", None, None, "absent"),
    ("radar detector", None, None, "absent"),
    ("hubcaps 16 inch", None, None, "absent"),
    ("propane tank refill", None, None, "absent"),
    ("roof rack crossbars", None, None, "absent"),
    ("fuel pump", None, None, "absent"),
    ("a new windshield glass", None, None, "absent"),
]

FORCE_OOS = [r"Optima RedTop", r"ILZKR7B11", r"BlueDriver", r"Lucas Oil Heavy Duty Oil Stabilizer, 1 gal"]
FORCE_IN = [r"K&N Air Filter Cleaning", r"Rain-X Latitude .*26 in", r"Rhino Ramps", r"Mr\. Pink", r"Fram Extra Guard Oil Filter PH3614"]

if __name__ == '__main__':
    qs = [(t[0], t[1], t[2], t[3] if len(t) > 3 else None) for t in QUESTIONS]
    run(CATALOG, qs, 'autoparts', 'ap', 4401, FORCE_OOS, FORCE_IN)
