#!/usr/bin/env python3
"""Generates the blind5 office supplies & stationery store: catalog.csv + questions.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import build, Q

CATALOG = r"""
DEPT paper
CAT printer paper @ Aisle 1 left
HP Printer Paper, 8.5 x 11, 20 lb, 92 Bright, {1 Ream:9.99|3 Ream Pack:26.99|Case of 10 Reams:64.99} $9.99
+Hammermill Copy Plus Copy Paper, 8.5 x 11, 20 lb, {1 Ream:8.49|Case of 10 Reams:54.99} $8.49
+Hammermill Premium Multipurpose Paper, 8.5 x 11, 24 lb, 1 Ream $12.99
+HP Premium 32 lb Printer Paper, 8.5 x 11, 250 Sheets $14.99
+Boise X-9 Multi-Use Copy Paper, 8.5 x 11, 20 lb, Case of 10 Reams $52.99
+Navigator Premium Multipurpose Paper, 8.5 x 11, 24 lb, 1 Ream $13.49
+Hammermill Copy Plus Copy Paper, 8.5 x 14 Legal, 1 Ream $13.99
+Hammermill Great White 30% Recycled Copy Paper, 8.5 x 11, 1 Ream $9.49
+HP Office Paper, 11 x 17 Ledger, 20 lb, 500 Sheets $24.99
+Georgia-Pacific Spectrum Standard 92 Multipurpose Paper, 8.5 x 11, 1 Ream $8.99
CAT colored paper cardstock @ Aisle 1 left
Astrobrights Colored Paper, 8.5 x 11, 24 lb, {Assorted 5 Colors|Lunar Blue|Rocket Red|Solar Yellow|Gamma Green|Pulsar Pink}, 500 Sheets $17.99
+Pacon Array Colored Bond Paper, 8.5 x 11, {Pastel Assorted|Canary|Pink|Blue}, 500 Sheets $12.49
Astrobrights Colored Cardstock, 8.5 x 11, 65 lb, {Assorted 5 Colors|Vintage Assortment}, 250 Sheets $17.49
+Neenah Exact Index Cardstock, 8.5 x 11, 110 lb, White, 250 Sheets $21.99
+Neenah Bright White Cardstock, 8.5 x 11, 65 lb, 250 Sheets $16.99
Southworth 25% Cotton Resume Paper, 8.5 x 11, 24 lb, {Ivory|White}, 100 Sheets $14.99
CAT photo paper @ Aisle 1 right
HP Premium Plus Glossy Photo Paper, {4 x 6, 50 Sheets:13.99|4 x 6, 100 Sheets:23.99|8.5 x 11, 50 Sheets:29.99} $13.99
+HP Everyday Glossy Photo Paper, 8.5 x 11, 25 Sheets $9.99
+Canon Photo Paper Plus Glossy II, {4 x 6, 50 Sheets:12.99|8.5 x 11, 20 Sheets:14.99} $12.99
+Epson Premium Photo Paper Glossy, 4 x 6, 100 Sheets $19.99
+Kodak Ultra Premium Photo Paper, High Gloss, 4 x 6, 60 Sheets $11.99
HP Brochure Paper Matte, 8.5 x 11, 150 Sheets $17.99
Avery T-Shirt Transfer Paper for Light Fabrics, 8.5 x 11, 6 Sheets $12.99
CAT notebooks @ Aisle 2 left
Five Star Spiral Notebook, {1 Subject:3.49|3 Subject:6.99|5 Subject:8.99}, College Ruled, {Blue|Black|Red} $3.49
+Mead Spiral Notebook, 1 Subject, {Wide Ruled|College Ruled}, 70 Sheets $1.29
+Oxford Poly Spiral Notebook, 1 Subject, College Ruled, 100 Sheets, Assorted Colors $2.99
+Mead Cambridge Business Notebook, 8.5 x 11, 80 Sheets $9.99
Mead Composition Notebook, {Wide Ruled|College Ruled|Graph Ruled}, 100 Sheets, Black Marble $2.49
+Mead Primary Journal, Grades K-2, 100 Sheets $3.99
Moleskine Classic Hardcover Notebook, {Large 5 x 8.25:22.95|Pocket 3.5 x 5.5:17.95}, Ruled, Black $22.95
+Leuchtturm1917 Medium A5 Dotted Hardcover Notebook, Black $24.95
+Black n' Red Casebound Hardcover Notebook, A4, Ruled $16.99
Rocketbook Core Reusable Smart Notebook, {Executive 6 x 8.8:34.00|Letter 8.5 x 11:37.00}, Dot-Grid $34.00
Five Star Flex Hybrid NoteBinder, 1 in., Black $14.99
Oxford Graph Paper Pad, 8.5 x 11, 4x4 Quad Ruled, 50 Sheets $4.49
CAT writing pads @ Aisle 2 right
Ampad Evidence Perforated Legal Pads, 8.5 x 11.75, {Canary|White}, 12 Pack $12.99
+Ampad Gold Fibre Writing Pad, 8.5 x 11.75, White, 50 Sheets $5.49
+TOPS Docket Junior Legal Pads, 5 x 8, Canary, 12 Pack $9.99
+Ampad Perforated Steno Books, 6 x 9, Gregg Ruled, 4 Pack $7.99
Oxford Ruled Index Cards, {3 x 5:3.29|4 x 6:4.49}, White, 100 ct $3.29
+Oxford Index Cards, 3 x 5, Assorted Neon Colors, 100 ct $3.99
Oxford Index Card File Box, 3 x 5, Black $6.99
Adams Carbonless Receipt Book, 2-Part, 50 Sets $7.99
+Adams While You Were Out Message Book, 400 Messages $8.99
CAT sticky notes @ Aisle 2 right
Post-it Notes, 3 x 3 in., {Canary Yellow:12.99|Poptimistic Collection:13.99|Energy Boost Collection:13.99}, 12 Pads $12.99
+Post-it Super Sticky Notes, 3 x 3 in., {Playful Primaries|Supernova Neons}, 6 Pads $9.99
+Post-it Notes, 1.5 x 2 in., Canary Yellow, 12 Pads $6.99
+Post-it Super Sticky Lined Notes, 4 x 6 in., 3 Pads $8.49
+Post-it Pop-up Notes Dispenser with Notes, 3 x 3 in. $10.99
Post-it Flags, 1 in., Assorted Colors, 200 Flags $7.99
+Post-it Tabs, 2 in., Assorted Colors, 24 Tabs $6.49
CAT labels @ Aisle 3 left
Avery Easy Peel Address Labels, 1 x 2-5/8 in., {White, 750 Labels:16.99|White, 3000 Labels:49.99|Clear, 600 Labels:24.99} $16.99
+Avery Shipping Labels, 2 x 4 in., White, 250 Labels $21.99
+Avery TrueBlock Shipping Labels, 8.5 x 5.5 in., White, 50 Labels $17.49
+Avery Removable Print or Write Labels, 3/4 in. Round, 1008 Labels $5.99
+Avery File Folder Labels, 2/3 x 3-7/16 in., Assorted Colors, 750 Labels $12.99
+Avery Hello My Name Is Name Badge Labels, 100 Labels $11.99
+Avery Print-to-the-Edge Square Labels, 2 x 2 in., Glossy White, 120 Labels $13.99
Avery Clean Edge Printable Business Cards, 2 x 3.5 in., White Matte, 200 Cards $19.99
CAT label makers laminators @ Aisle 3 right
Brother P-touch PT-D210 Label Maker $39.99
+DYMO LabelManager 160 Portable Label Maker $34.99
+Brother P-touch Cube Plus PT-P710BT Bluetooth Label Maker $99.99
+DYMO LetraTag 100H Handheld Label Maker $24.99
+DYMO LabelWriter 450 Thermal Label Printer $129.99
Brother P-touch TZe Laminated Tape, 1/2 in. x 26.2 ft., {Black on White|Black on Clear|White on Black} $17.99
+DYMO D1 Label Tape, 1/2 in., Black on White, 23 ft. $16.99
+DYMO LetraTag Paper Label Tape, White, 2 pk $9.99
+DYMO LabelWriter Shipping Labels, 2-5/16 x 4 in., 300 Labels $24.99
Scotch Thermal Laminator TL901X, 9 in. $29.99
+Swingline GBC Inspire Plus Thermal Laminator, 9 in. $44.99
Scotch Thermal Laminating Pouches, 8.9 x 11.4 in., 3 mil, {20 Pouches:12.99|100 Pouches:34.99} $12.99
+Scotch Self-Sealing Laminating Pouches, Letter Size, 10 Pouches $12.49
+Swingline GBC HeatSeal Laminating Pouches, ID Badge Size, 100 Pouches $15.99

DEPT writing instruments
CAT pens @ Aisle 4 left
BIC Round Stic Xtra Life Ballpoint Pens, Medium Point, {Black|Blue|Red}, {10 ct:2.99|60 ct:9.99} $2.99
+BIC Cristal Xtra Smooth Ballpoint Pens, Medium Point, Black, 24 ct $6.49
+BIC 4-Color Ballpoint Pens, Medium Point, 3 ct $5.49
+Paper Mate InkJoy 100 RT Ballpoint Pens, Medium Point, Black, 20 ct $8.99
+uni-ball Jetstream Retractable Ballpoint Pens, 1.0 mm, Black, 3 ct $8.49
+Zebra F-301 Stainless Steel Ballpoint Pens, Fine Point, Black, 4 ct $7.49
+Controltek Counter Pen with Chain, Black Ink $7.99
Pilot G2 Retractable Gel Pens, Fine Point 0.7 mm, {Black|Blue}, 12 ct $15.99
+Pilot G2 Retractable Gel Pens, Fine Point 0.7 mm, Assorted Colors, 8 ct $12.99
+Pilot FriXion Ball Erasable Gel Pens, 0.7 mm, Assorted Colors, 8 ct $13.99
+Paper Mate InkJoy Gel Pens, Medium Point, Assorted Colors, 14 ct $17.99
+uni-ball Signo 207 Retractable Gel Pens, Medium Point, {Black|Blue}, 12 ct $17.49
+Zebra Sarasa Dry X20 Retractable Gel Pens, 0.7 mm, Assorted Colors, 10 ct $12.99
+Pentel EnerGel RTX Retractable Liquid Gel Pens, 0.7 mm, Black, 12 ct $21.99
+Sharpie S-Gel Retractable Gel Pens, Medium Point, Black, 12 ct $19.99
Pilot Precise V5 Rolling Ball Pens, Extra Fine, Black, 12 ct $19.99
Paper Mate Flair Felt Tip Pens, Medium Point, Assorted Colors, 12 ct $14.99
Cross Classic Century Ballpoint Pen, Lustrous Chrome $39.00
+Parker Jotter Ballpoint Pen, Stainless Steel $12.99
Pilot G2 Gel Ink Refills, Fine 0.7 mm, Black, 2 ct $3.99
CAT pencils @ Aisle 4 left
Dixon Ticonderoga Wood-Cased Pencils, #2 HB, Yellow, {12 ct:4.49|24 ct:7.99|96 ct:21.99} $4.49
+Dixon Ticonderoga Pre-Sharpened Pencils, #2 HB, Black, 24 ct $8.99
+Paper Mate Mirado Black Warrior Pencils, #2 HB, 12 ct $4.99
BIC Xtra Precision Mechanical Pencils, 0.5 mm, 24 ct $7.99
+Paper Mate Clearpoint Mechanical Pencils, 0.7 mm, 2 ct $5.99
+Pentel Twist-Erase Click Mechanical Pencils, 0.7 mm, 3 ct $7.29
+BIC Xtra Strong Mechanical Pencils, 0.9 mm, 10 ct $5.49
Pentel Super Hi-Polymer Lead Refills, {0.5 mm|0.7 mm}, HB, 3 Tubes $4.99
X-ACTO School Pro Electric Pencil Sharpener $34.99
+Bostitch QuietSharp 6 Classroom Electric Pencil Sharpener $49.99
+X-ACTO Model L Manual Pencil Sharpener $23.99
+Staedtler Handheld Double Hole Pencil Sharpener $3.49
CAT erasers correction @ Aisle 4 left
Paper Mate Pink Pearl Erasers, Large, 3 ct $3.49
+Pentel Hi-Polymer Block Erasers, White, 4 ct $4.99
+Pentel Clic Eraser Retractable Eraser with Refill $3.99
+Paper Mate Arrowhead Pink Cap Erasers, 144 ct $5.99
BIC Wite-Out Brand EZ Correct Correction Tape, {4 ct:9.99|10 ct:19.99} $9.99
+Tombow Mono Correction Tape, 2 ct $6.99
+Liquid Paper Fast Dry Correction Fluid, 3 ct $5.99
+BIC Wite-Out Quick Dry Correction Fluid, 20 ml, 3 ct $6.49
CAT markers @ Aisle 4 right
Sharpie Permanent Markers, Fine Point, Black, {2 ct:3.49|12 ct:12.99|36 ct:29.99} $3.49
+Sharpie Permanent Markers, Fine Point, Assorted Colors, 24 ct $24.99
+Sharpie Permanent Markers, Ultra Fine Point, Black, 12 ct $12.99
+Sharpie Permanent Markers, Chisel Tip, Black, 4 ct $6.99
+Sharpie Magnum Permanent Marker, Black $4.99
+Sharpie Metallic Permanent Markers, Fine Point, Silver, 2 ct $4.49
Sharpie Oil-Based Paint Markers, Medium Point, {White|Black|Gold} $6.49
Expo Low-Odor Dry Erase Markers, Chisel Tip, {Black:12.99|Assorted Colors:14.99}, 12 ct $12.99
+Expo Low-Odor Dry Erase Markers, Fine Tip, Assorted Colors, 8 ct $10.99
+Expo Ink Indicator Dry Erase Markers, Chisel Tip, Black, 4 ct $7.49
+Quartet EnduraGlide Dry Erase Markers, Chisel Tip, Assorted Colors, 4 ct $6.99
Expo Vis-a-Vis Wet Erase Markers, Fine Point, Black, 4 ct $7.99
Sharpie Flip Chart Markers, Bullet Tip, Assorted Colors, 8 ct $11.99
CAT highlighters @ Aisle 4 right
Sharpie Tank Style Highlighters, Chisel Tip, {Yellow, 12 ct:9.99|Assorted Colors, 12 ct:10.99|Fluorescent Yellow, 4 ct:4.49} $9.99
+Avery Hi-Liter Desk Style Highlighters, Chisel Tip, Assorted Colors, 5 ct $5.99
+Sharpie Clear View Highlighters, Chisel Tip, Assorted Colors, 8 ct $9.49
+BIC Brite Liner Highlighters, Chisel Tip, Yellow, 12 ct $6.99
+Sharpie Gel Highlighters, Assorted Colors, 5 ct $8.99
+Zebra Mildliner Double Ended Highlighters, Assorted Colors, 5 ct $9.99
+Pilot FriXion Light Erasable Highlighters, Assorted Colors, 6 ct $9.99

DEPT ink & toner
CAT ink cartridges @ Aisle 5 left
HP 67 {Black|Tri-Color} Original Ink Cartridge $21.99
+HP 67XL High Yield {Black:36.99|Tri-Color:38.99} Original Ink Cartridge $36.99
+HP 64 {Black:26.99|Tri-Color:29.99} Original Ink Cartridge $26.99
+HP 64XL High Yield Black Original Ink Cartridge $49.99
+HP 65 {Black:18.99|Tri-Color:22.99} Original Ink Cartridge $18.99
+HP 962 {Cyan|Magenta|Yellow} Original Ink Cartridge $22.99
+HP 962XL High Yield Black Original Ink Cartridge $54.99
+HP 910XL High Yield Black Original Ink Cartridge $46.99
+HP 902XL High Yield Black Original Ink Cartridge $44.99
+HP 63 Black/Tri-Color Original Ink Cartridges Combo Pack, 2 ct $49.99
CAT ink cartridges @ Aisle 5 right
Canon PG-245 Black Ink Cartridge $21.99
+Canon CL-246 Color Ink Cartridge $26.99
+Canon PG-245XL Black / CL-246XL Color Ink Cartridge Combo Pack $69.99
+Canon PG-275 Black / CL-276 Color Ink Cartridge Value Pack $49.99
+Canon PGI-280XXL Pigment Black Ink Tank $24.99
Epson 202 Claria Home Ink Cartridge, {Black:19.99|Cyan:13.99|Magenta:13.99|Yellow:13.99} $13.99
+Epson 222 Standard Capacity Ink Cartridges, Black & Color Combo Pack $44.99
Epson EcoTank T502 Ink Bottle, {Black:19.99|Cyan:13.99|Magenta:13.99|Yellow:13.99} $13.99
+Epson EcoTank 522 Ink Bottles, Color Multi-Pack, 3 ct $38.99
Brother LC3013 High Yield Ink Cartridge, {Black:29.99|Cyan:21.99|Magenta:21.99|Yellow:21.99} $21.99
+Brother LC401 Standard Yield Black Ink Cartridge $21.99
CAT toner @ Aisle 6 left
HP 26A Black Original LaserJet Toner Cartridge $149.99
+HP 26X High Yield Black Original LaserJet Toner Cartridge $219.99
+HP 58A Black Original LaserJet Toner Cartridge $124.99
+HP 30A Black Original LaserJet Toner Cartridge $89.99
+HP 414A Black Original LaserJet Toner Cartridge $129.99
+HP 206A Original LaserJet Toner Cartridge, {Black:79.99|Cyan:74.99|Magenta:74.99|Yellow:74.99} $74.99
Brother TN760 High Yield Black Toner Cartridge $89.99
+Brother TN730 Standard Yield Black Toner Cartridge $59.99
+Brother TN227 High Yield Toner Cartridge, {Black:82.99|Cyan:104.99|Magenta:104.99|Yellow:104.99} $104.99
+Canon 055 Toner Cartridge, {Black:89.99|Cyan:84.99|Magenta:84.99|Yellow:84.99} $84.99
+Canon 137 Black Toner Cartridge $89.99
+Samsung MLT-D111S Black Toner Cartridge $74.99
Brother DR730 Drum Unit $109.99
CAT printers scanners @ Tech Counter
HP DeskJet 2855e Wireless All-in-One Color Inkjet Printer $69.99
+HP ENVY 6155e Wireless All-in-One Inkjet Printer $129.99
+HP OfficeJet Pro 9125e Wireless All-in-One Color Inkjet Printer $279.99
+HP LaserJet M110we Wireless Black & White Laser Printer $129.99
+Canon PIXMA TS6420a Wireless All-in-One Inkjet Printer $99.99
+Canon imageCLASS MF275dw Wireless Monochrome Laser All-in-One Printer $299.99
+Epson EcoTank ET-2800 Wireless Color All-in-One Supertank Printer $199.99
+Epson EcoTank ET-4850 Wireless All-in-One Supertank Printer $379.99
+Brother HL-L2405W Wireless Compact Monochrome Laser Printer $119.99
+Brother MFC-L2820DW Wireless Monochrome Laser All-in-One Printer $249.99
Canon SELPHY CP1500 Wireless Compact Photo Printer $129.99
+HP Sprocket Portable Instant Photo Printer $99.99
Epson WorkForce ES-50 Portable Document Scanner $109.99
+Brother ADS-1250W Wireless Compact Document Scanner $229.99

DEPT filing & binders
CAT binders @ Aisle 7 left
Avery Heavy-Duty View Binder with One Touch EZD Rings, {1 in.:9.99|1.5 in.:12.99|2 in.:15.99|3 in.:19.99}, White $9.99
+Avery Heavy-Duty View Binder with One Touch EZD Rings, {1 in.:9.99|2 in.:15.99}, {Black|Blue} $9.99
+Avery Durable View Binder with Slant Rings, {0.5 in.:5.49|1 in.:6.49|2 in.:9.99}, White $6.49
+Cardinal Economy Round Ring Binder, 1 in., {Black|Blue|Red|Green} $3.99
+Samsill Earth's Choice Biobased Durable View Binder, 1 in., Black $5.49
+Wilson Jones Heavy Duty D-Ring Binder, 4 in., Black $29.99
Five Star Zipper Binder, 2 in., {Black|Teal} $24.99
CAT binder accessories @ Aisle 7 left
Avery Big Tab Insertable Dividers, 8 Tabs, {Clear|Multicolor} $4.99
+Avery Ready Index Table of Contents Dividers, 1-10 Tab, Multicolor $6.49
+Avery Plastic Pocket Dividers, 5 Tabs, Multicolor $7.99
Avery Diamond Clear Sheet Protectors, Top Load, 8.5 x 11, {50 ct:12.99|100 ct:20.99} $12.99
+C-Line Heavyweight Polypropylene Sheet Protectors, Clear, 100 ct $18.99
Avery Binder Pockets, 3-Hole Punched, 5 pk $6.99
Avery Hole Reinforcement Labels, White, 560 ct $4.49
CAT file folders @ Aisle 7 right
Smead Manila File Folders, 1/3-Cut Tab, Letter Size, {24 ct:6.99|100 ct:17.99} $17.99
+Smead Manila File Folders, 1/3-Cut Tab, Legal Size, 100 ct $22.99
+Smead Colored File Folders, 1/3-Cut Tab, Letter Size, Assorted Colors, 24 ct $9.99
Pendaflex Hanging File Folders, Letter Size, {Standard Green|Assorted Colors}, 25 ct $19.99
+Pendaflex Hanging File Folders, Legal Size, Standard Green, 25 ct $23.99
Pendaflex Hanging File Folder Tabs, 1/5 Cut, 25 ct $4.99
Smead Poly Two-Pocket Folders with Fasteners, Assorted Colors, 6 ct $8.99
+Five Star 2-Pocket Plastic Folders, Assorted Colors, 4 ct $7.49
+Oxford Twin Pocket Paper Folders, Assorted Colors, 25 ct $9.99
Smead Expanding File, 13 Pockets, Letter Size, Black $16.99
+Smead Redrope Expanding File Pockets, 3.5 in. Expansion, 10 ct $34.99
CAT storage boxes @ Aisle 8 left
Bankers Box Stor/File Storage Boxes, Letter/Legal, {4 ct:16.99|10 ct:34.99|12 ct:42.99} $16.99
+Bankers Box Heavy Duty Plastic Storage Box, 15 Gallon $22.99
+Iris Letter/Legal Plastic File Box with Lid, Clear $21.99
+Sterilite File Box with Handle, Clear $9.99
Bankers Box Magazine File, 4 ct $12.99

DEPT desk supplies
CAT staplers punches @ Aisle 9 left
Swingline Classic 747 Stapler, 20 Sheet Capacity, {Black|Rio Red} $24.99
+Swingline Optima 40 Stapler, 40 Sheet Capacity $37.99
+Bostitch Ascend Antimicrobial Stapler, 20 Sheet Capacity, {Black|Blue} $14.99
+Swingline Tot Mini Stapler with Staples, Assorted Colors $5.99
+Bostitch InfinityEdge Electric Stapler, 20 Sheet Capacity $39.99
+Swingline Heavy Duty Stapler, 160 Sheet Capacity $59.99
Arrow T50 Heavy Duty Staple Gun $29.99
Swingline Standard Staples, 1/4 in., {5000 ct:4.49|15000 ct:9.99} $4.49
+Bostitch Premium Chisel Point Staples, 1/4 in., 5000 ct $4.99
Swingline Staple Remover, Black $2.99
Swingline Light Duty 3-Hole Punch, 12 Sheet Capacity $19.99
+Swingline Heavy Duty 3-Hole Punch, 40 Sheet Capacity $44.99
+Bostitch One-Hole Handheld Paper Punch $6.99
CAT tape adhesives @ Aisle 9 right
Scotch Magic Tape, 3/4 in. x 1000 in., {1 Roll:3.99|6 Rolls:16.99|12 Rolls:29.99} $3.99
+Scotch Magic Tape with Dispenser, 3/4 in. x 650 in., 6 Rolls $17.99
+Scotch Double Sided Tape, 1/2 in. x 450 in., 2 Rolls $8.99
+Scotch Masking Tape, 0.94 in. x 60.1 yd. $5.49
+Scotch-Mount Indoor Double-Sided Mounting Tape, 1 in. x 60 in. $7.49
+Duck Brand Duct Tape, 1.88 in. x 20 yd., {Silver|Black} $7.99
Scotch Desktop Tape Dispenser C38, Black $12.99
Elmer's Glue-All Multi-Purpose Glue, {4 oz:3.49|7.625 oz:4.99} $3.49
+Elmer's Liquid School Glue, Washable, 4 oz $1.29
+Elmer's Disappearing Purple Glue Sticks, 0.21 oz, {4 ct:3.49|30 ct:14.99} $3.49
+UHU Stic Glue Stick, 1.41 oz, 3 ct $6.99
+Gorilla Super Glue Gel, 0.7 oz $6.99
+Loctite Super Glue Liquid Professional, 0.7 oz $7.99
+Elmer's Rubber Cement, 4 oz $3.99
Command Picture Hanging Strips, Medium, 12 Pairs $12.99
+Loctite Fun-Tak Mounting Putty, 2 oz $3.99
CAT scissors cutters @ Aisle 9 right
Fiskars Premier Softgrip Scissors, 8 in., Orange $9.99
+Westcott Titanium Bonded Scissors, 8 in., {1 ct:8.99|3 pk:18.99} $8.99
+Scotch Precision Ultra Edge Scissors, 8 in. $7.99
+Fiskars Non-Stick Titanium Softgrip Scissors, 8 in. $12.99
+Fiskars Kids Blunt-Tip Scissors, 5 in., Assorted Colors $2.99
X-ACTO #1 Precision Knife with Cap $6.49
+X-ACTO #11 Replacement Blades, 15 ct $7.99
+Stanley 99E Classic Retractable Utility Knife $8.99
+Slice Ceramic Safety Box Cutter $12.99
Swingline ClassicCut Ingento Guillotine Paper Trimmer, 15 in. $89.99
+Fiskars SureCut Deluxe Paper Trimmer, 12 in. $24.99
CAT clips fasteners @ Aisle 10 left
ACCO Smooth Paper Clips, No. 1 Standard, 10 Boxes of 100 $6.99
+ACCO Jumbo Paper Clips, Smooth, 10 Boxes of 100 $9.99
+Advantus Vinyl-Coated Paper Clips, Assorted Colors, 450 ct $5.99
ACCO Binder Clips, {Small 3/4 in.:3.99|Medium 1-1/4 in.:5.49|Large 2 in.:7.99}, Black, 12 ct $3.99
+Advantus Colored Binder Clips, Assorted Sizes, 60 ct $9.99
Advantus Clear Push Pins, 3/8 in., 200 ct $4.49
+Officemate Assorted Color Push Pins, 100 ct $3.99
+Officemate Brass Thumb Tacks, 200 ct $3.49
Alliance Rubber Bands, Size #33, 1/4 lb Box $4.99
+Alliance Rubber Bands, Assorted Sizes, 1/4 lb Box $4.49
ACCO Prong Paper Fasteners, 2-3/4 in. Capacity, 50 ct $10.99
Baumgartens Vertical ID Badge Holders with Clip, 25 ct $9.99
+Baumgartens Breakaway Lanyards, Black, 12 ct $11.99
CAT desk organizers @ Aisle 10 right
Rolodex Mesh Collection Sorter, 5 Compartments, Black $29.99
+Rolodex Mesh Pencil Cup, Black $6.49
+Rolodex Mesh Stackable Letter Tray, Black $12.99
+Rolodex Wire Mesh Magazine File, Black $10.99
+Mind Reader Mesh Desk Organizer with Drawer, Black $19.99
+Fellowes Plastic Desk Tray, Letter Size, Black $8.49
+Officemate Drawer Organizer, 9 Compartments, Black $9.99
Rolodex Rotary Card File, 250 Cards, Black $19.99
+Rolodex Business Card Book, 96 Cards, Black $9.99
Officemate Nonskid Steel Bookends, 9 in., Black, 1 Pair $11.99
Artistic Faux Leather Desk Pad, 24 x 17 in., Black $24.99
CAT calendars planners @ Aisle 11 left
At-A-Glance Academic Weekly/Monthly Planner, {5 x 8 in.:19.99|8.25 x 11 in.:26.99}, Black $19.99
+At-A-Glance Weekly/Monthly Appointment Book, 8.25 x 11 in., Black $26.99
+Blue Sky Weekly/Monthly Planner, 5 x 8 in., Frosted $14.99
+Erin Condren Classic LifePlanner Weekly Planner, 7 x 9 in. $65.00
+Five Star Student Planner, Academic Year, 8 x 11 in. $12.99
At-A-Glance Monthly Wall Calendar, 15 x 12 in., {Landscape Photos|Wildlife} $14.99
+At-A-Glance Yearly Wall Calendar, Erasable, 24 x 36 in. $24.99
+Blue Sky Monthly Desk Pad Calendar, 22 x 17 in. $12.99
+At-A-Glance Daily Desk Calendar Refill, 3.5 x 6 in. $9.99
CAT whiteboards bulletin boards @ Aisle 11 right
Quartet Magnetic Dry Erase Whiteboard, Aluminum Frame, {17 x 23 in.:29.99|2 x 3 ft.:49.99|3 x 4 ft.:89.99} $29.99
+U Brands Magnetic Dry Erase Board, 11 x 14 in., White $12.99
+Quartet Glass Dry Erase Board, 2 x 3 ft., White $99.99
Quartet Cork Bulletin Board, Oak Frame, {17 x 23 in.:19.99|2 x 3 ft.:34.99} $19.99
+U Brands Combo Dry Erase/Cork Board, 23 x 17 in. $24.99
Expo Whiteboard Cleaning Spray, 8 oz $5.99
+Expo Dry Erase Block Eraser $3.49
Quartet Dry Erase Magnets, Assorted Colors, 12 ct $6.99
Post-it Super Sticky Easel Pad, 25 x 30 in., 30 Sheets, 2 Pads $64.99
Quartet Lightweight Tripod Presentation Easel, Black $39.99

DEPT technology
CAT calculators @ Tech Counter
Texas Instruments TI-84 Plus CE Color Graphing Calculator, {Black|Bright White|Radical Red} $149.99
+Texas Instruments TI-83 Plus Graphing Calculator $109.99
+Texas Instruments TI-Nspire CX II Graphing Calculator $164.99
Texas Instruments TI-30XIIS Scientific Calculator $16.99
+Texas Instruments TI-36X Pro Engineering Scientific Calculator $24.99
+Casio fx-115ES PLUS Engineering/Scientific Calculator $19.99
+Casio fx-300ESPLUS2 Scientific Calculator $12.99
Texas Instruments BA II Plus Financial Calculator $34.99
Casio HR-170RC Plus Printing Calculator $44.99
+Sharp EL-1801V Desktop Printing Calculator $54.99
Casio SL-300SV Solar Basic Calculator $6.99
+Casio JF-100BM Desktop Calculator, 10 Digit $9.99
+Sharp EL-377TB Large Desktop Calculator, 12 Digit $24.99
Casio IR-40 Ink Roller $6.99
Universal Adding Machine Paper Rolls, 2.25 in. x 130 ft., 12 Rolls $14.99
CAT shredders @ Aisle 12 left
Fellowes Powershred 8C Cross-Cut Paper Shredder, 8 Sheet $69.99
+Fellowes Powershred 12C Cross-Cut Paper Shredder, 12 Sheet $119.99
+Fellowes Powershred 79Ci Jam Proof Cross-Cut Shredder, 16 Sheet $279.99
+Fellowes AutoMax 150C Auto Feed Cross-Cut Shredder, 150 Sheet $349.99
+Aurora AU870MA Micro-Cut Paper, CD & Credit Card Shredder, 8 Sheet $59.99
+Bonsaii Micro-Cut Paper Shredder, 14 Sheet $129.99
+Royal Cross-Cut Paper Shredder, 8 Sheet $49.99
Fellowes Powershred Shredder Oil, 12 oz $9.99
+Fellowes Powershred Shredder Lubricant Sheets, 12 ct $7.99
Fellowes Shredder Bags, {6-7 Gallon:12.99|14-16 Gallon:16.99}, 50 ct $12.99
CAT computer accessories @ Aisle 12 right
Logitech M185 Wireless Mouse, {Gray|Blue|Red} $14.99
+Logitech M720 Triathlon Multi-Device Wireless Mouse $49.99
+Logitech MX Master 3S Wireless Performance Mouse, Graphite $99.99
+Microsoft Bluetooth Ergonomic Mouse $49.99
Logitech K270 Wireless Keyboard $29.99
+Logitech K380 Multi-Device Bluetooth Keyboard, {Graphite|Rose} $39.99
+Logitech MK270 Wireless Keyboard and Mouse Combo $29.99
+Logitech MK540 Advanced Wireless Keyboard and Mouse Combo $59.99
Logitech C920x HD Pro Webcam, 1080p $69.99
Logitech H390 USB Computer Headset with Noise-Canceling Mic $39.99
Fellowes Gel Mouse Pad with Wrist Rest, Black $12.99
+Allsop Accutrack Slimline Mouse Pad, Black $5.99
Fellowes Memory Foam Keyboard Wrist Rest, Black $19.99
SanDisk Cruzer Blade USB 2.0 Flash Drive, {16GB:6.99|32GB:8.99|64GB:12.99} $6.99
+SanDisk Ultra Flair USB 3.0 Flash Drive, {64GB:14.99|128GB:19.99} $14.99
+Samsung BAR Plus USB 3.1 Flash Drive, 128GB $19.99
SanDisk Ultra microSDXC Memory Card with Adapter, {64GB:12.99|128GB:19.99} $12.99
+SanDisk Extreme SDXC Memory Card, 64GB $19.99
Seagate Portable External Hard Drive, {1TB:59.99|2TB:79.99} $59.99
+WD My Passport Portable External Hard Drive, 4TB $119.99
+Samsung T7 Portable SSD, 1TB $109.99
Verbatim CD-R Recordable Discs, 700MB, 50 pk Spindle $19.99
+Verbatim DVD-R Recordable Discs, 4.7GB, 50 pk Spindle $24.99
Anker 7-in-1 USB-C Hub $34.99
CAT cables chargers @ Aisle 13 left
Anker USB-C to USB-C Cable, {3 ft.:11.99|6 ft.:14.99} $11.99
+Anker USB-C to Lightning Cable, 6 ft. $19.99
+Apple USB-C to Lightning Cable, 1 m $19.00
+Belkin USB-A to Micro USB Cable, 3 ft. $9.99
+Belkin USB 2.0 A-to-B Printer Cable, 10 ft. $12.99
+Belkin High Speed HDMI Cable, {6 ft.:14.99|12 ft.:19.99} $14.99
+Belkin Cat6 Ethernet Patch Cable, 14 ft. $12.99
Anker Nano 20W USB-C Wall Charger $19.99
+Apple 20W USB-C Power Adapter $19.00
+Anker 65W 3-Port USB-C Wall Charger $49.99
Anker PowerCore 10000 Portable Charger, Black $25.99
+Belkin BoostCharge 20K Power Bank $49.99
Belkin 6-Outlet Surge Protector, 3 ft. Cord, 720 Joules $14.99
+Belkin 12-Outlet Pivot-Plug Surge Protector, 8 ft. Cord, 4320 Joules $34.99
+APC Back-UPS 600VA Battery Backup & Surge Protector $79.99
GE 3-Outlet Indoor Extension Cord, 6 ft., White $7.99
CAT batteries @ Front Register
Duracell Coppertop AA Alkaline Batteries, {4 pk:6.49|8 pk:11.49|20 pk:22.99} $6.49
+Duracell Coppertop AAA Alkaline Batteries, {4 pk:6.49|8 pk:11.49|20 pk:22.99} $6.49
+Duracell Coppertop 9V Alkaline Batteries, 2 pk $9.99
+Duracell Coppertop C Alkaline Batteries, 4 pk $9.99
+Duracell Coppertop D Alkaline Batteries, 4 pk $10.99
+Energizer MAX AA Alkaline Batteries, {8 pk:10.99|24 pk:24.99} $10.99
+Energizer MAX AAA Alkaline Batteries, 8 pk $10.99
+Energizer Ultimate Lithium AA Batteries, 4 pk $12.99
+Energizer 2032 Lithium Coin Batteries, 2 pk $6.99
+Duracell 2025 Lithium Coin Battery, 1 pk $4.99
+Energizer Recharge Universal AA Rechargeable Batteries, 4 pk $16.99
Energizer Recharge Value Charger with 4 AA Batteries $24.99

DEPT shipping & mailing
CAT envelopes @ Aisle 14 left
Quality Park #10 Security Tint Envelopes, Gummed, 4-1/8 x 9-1/2 in., {100 ct:9.99|500 ct:29.99} $9.99
+Quality Park #10 Envelopes, Self-Seal, White, {50 ct:5.99|500 ct:34.99} $5.99
+Quality Park #10 Double Window Security Envelopes, Self-Seal, 500 ct $39.99
+Quality Park #9 Envelopes, Gummed, White, 500 ct $27.99
+Columbian #6-3/4 Envelopes, Gummed, White, 100 ct $6.99
+Quality Park A7 Envelopes, 5-1/4 x 7-1/4 in., White, 50 ct $8.99
Quality Park Catalog Envelopes, 9 x 12 in., Brown Kraft, {25 ct:9.99|250 ct:49.99} $9.99
+Quality Park Clasp Envelopes, 10 x 13 in., Brown Kraft, 100 ct $29.99
+Survivor Tyvek Envelopes, 10 x 13 in., White, 10 ct $12.99
CAT mailers @ Aisle 14 left
Scotch Poly Bubble Mailers, {#0, 6 x 10 in.:5.49|#2, 8.5 x 12 in.:6.99|#5, 10.5 x 16 in.:9.49}, 3 pk $5.49
+Scotch Poly Bubble Mailers, #2, 8.5 x 12 in., 25 pk $24.99
+Duck Brand Kraft Bubble Mailers, #0, 6 x 10 in., 10 pk $9.99
+Ecoswift Poly Mailers, 10 x 13 in., White, 100 pk $14.99
Scotch Kraft Mailing Tube, 2 x 24 in. $3.99
CAT packing supplies @ Aisle 14 right
Scotch Heavy Duty Shipping Packaging Tape, 1.88 in. x 54.6 yd., {1 Roll:5.99|6 Rolls with Dispenser:24.99} $5.99
+Scotch Sure Start Shipping Packaging Tape, 1.88 in. x 22.2 yd., 6 Rolls $21.99
+Duck Brand HD Clear Packing Tape, 1.88 in. x 54.6 yd., 3 Rolls $12.99
+Scotch Tear-By-Hand Packaging Tape, 1.88 in. x 50 yd. $5.49
Scotch Pistol Grip Packaging Tape Dispenser $16.99
+Duck Brand Standard Tape Gun $9.99
Scotch Bubble Cushioning Wrap, {12 in. x 10 ft.:6.99|12 in. x 50 ft.:17.99|24 in. x 175 ft.:42.99} $6.99
+Duck Brand Fill-Fast Packing Peanuts, 1.5 cu. ft. $14.99
+Duck Brand Brown Packing Paper Roll, 30 in. x 40 ft. $9.99
+Duck Brand Stretch Wrap with Handle, 5 in. x 1000 ft. $9.99
Scotch Shipping Box, {8 x 8 x 8 in.:2.49|12 x 12 x 12 in.:3.49|18 x 18 x 18 in.:5.49}, Brown $2.49
+Bankers Box SmoothMove Classic Moving Boxes, {Small, 10 pk:22.99|Medium, 8 pk:24.99|Large, 6 pk:26.99} $22.99
DYMO M10 Digital Postal Scale, 10 lb $59.99
+Etekcity Digital Shipping Scale, 86 lb $24.99

DEPT school & art
CAT school supplies @ Aisle 15 left
Crayola Crayons, {24 ct:1.99|48 ct:3.49|64 ct with Sharpener:5.49} $1.99
+Crayola Colored Pencils, {12 ct:3.49|24 ct:5.99|36 ct:8.49} $3.49
+Crayola Twistables Colored Pencils, 30 ct $10.99
+Crayola Broad Line Washable Markers, Classic Colors, {10 ct:4.49|40 ct:15.99} $4.49
Westcott 12 in. Plastic Ruler, Assorted Colors $1.49
+Westcott 18 in. Stainless Steel Ruler, Cork Back $6.99
+Westcott Plastic Protractor, 6 in. $1.49
+Westcott Student Compass with Pencil $3.99
Five Star Pencil Pouch, 3-Ring, {Black|Teal|Pink} $5.99
+Sterilite Pencil Box, Assorted Colors $1.49
Royal Brites Poster Board, 22 x 28 in., {White:0.99|Assorted Colors, 5 ct:4.99} $0.99
+Elmer's Tri-Fold Display Board, 36 x 48 in., White $6.99
+Elmer's Foam Board, 20 x 30 in., White $4.99
Pacon Tru-Ray Construction Paper, 9 x 12 in., Assorted Colors, 50 Sheets $4.99
Trend Enterprises Multiplication 0-12 Skill Drill Flash Cards $4.99
CAT backpacks @ Aisle 15 right
JanSport SuperBreak Plus Backpack, {Black|Navy|Forge Grey|Lilac Haze} $44.99
+JanSport Cross Town Backpack, {Black|Navy} $39.99
+JanSport Big Student Backpack, Black $49.99
+Under Armour Hustle 5.0 Backpack, Black $54.99
+SwissGear 1900 ScanSmart Backpack, Black $69.99
+Samsonite Tectonic Lifestyle Sweetwater Business Backpack $109.99
CAT art supplies @ Aisle 16 left
Prismacolor Premier Colored Pencils, Soft Core, {24 ct:34.99|48 ct:59.99} $34.99
+Staedtler Mars Lumograph Drawing Pencils, 12 ct $14.99
+Sakura Pigma Micron Pens, 01, Black, 6 ct $15.99
+Tombow Dual Brush Pens, Bright Colors, 10 ct $21.99
+uni POSCA Paint Markers, PC-5M, Medium, 8 ct $24.99
Crayola Washable Watercolors, 16 ct $3.49
+Winsor & Newton Cotman Watercolour Paint Set, 12 Half Pans $29.99
+Liquitex Basics Acrylic Paint Set, 12 x 22 ml $21.99
Royal & Langnickel Zen Brush Set, 15 pc $9.99
Canson XL Sketch Pad, 9 x 12 in., 100 Sheets $9.99
+Strathmore 400 Series Drawing Pad, 9 x 12 in., 24 Sheets $11.99
+Canson XL Watercolor Pad, 9 x 12 in., 30 Sheets $12.99
Fredrix Stretched Cotton Canvas, {8 x 10 in., 2 pk:9.99|16 x 20 in.:12.99} $9.99
Mod Podge Gloss, 8 oz $6.99
Gorilla Hot Glue Gun Full Size Kit $24.99

DEPT breakroom & cleaning
CAT coffee snacks @ Aisle 17 left
Green Mountain Coffee Breakfast Blend K-Cup Pods, Light Roast, {24 ct:17.99|72 ct:46.99} $17.99
+Starbucks Pike Place Roast K-Cup Pods, Medium Roast, 22 ct $18.99
+Dunkin' Original Blend K-Cup Pods, Medium Roast, 22 ct $16.99
+Folgers Classic Roast Ground Coffee, 25.9 oz $12.99
Bigelow Green Tea Bags, 100 ct $11.99
+Lipton Black Tea Bags, 100 ct $6.49
Coffee mate Original Powdered Creamer, 22 oz $6.99
+Coffee mate Liquid Creamer Singles, French Vanilla, 50 ct $8.99
Domino Pure Cane Sugar Packets, 200 ct $8.49
+Splenda No Calorie Sweetener Packets, 200 ct $11.99
Nature Valley Crunchy Granola Bars, Oats 'n Honey, 49 ct $18.99
+Frito-Lay Classic Mix Variety Pack Chips, 30 ct $17.99
Poland Spring Natural Spring Water, 16.9 oz, 24 pk $7.99
CAT breakroom supplies @ Aisle 17 right
Dixie PerfecTouch Insulated Paper Hot Cups, 12 oz, 160 ct $24.99
+Solo Plastic Party Cups, 16 oz, Red, 50 ct $7.99
Dixie Everyday Paper Plates, 8.5 in., 154 ct $10.99
Dixie Heavy Weight Plastic Cutlery Combo, 168 ct $9.99
Bounty Select-A-Size Paper Towels, 6 Double Rolls $17.99
+Charmin Ultra Soft Toilet Paper, 12 Mega Rolls $19.99
Kleenex Trusted Care Facial Tissues, {144 ct:2.49|8 Boxes:15.99} $2.49
CAT cleaning supplies @ Aisle 18 left
Clorox Disinfecting Wipes, Fresh Scent, {75 ct:6.49|3 pk, 225 ct:15.99} $6.49
+Lysol Disinfectant Spray, Crisp Linen, 19 oz $7.99
+Windex Original Glass Cleaner, 23 oz $4.99
Purell Advanced Hand Sanitizer Gel, {8 oz Pump:5.49|2 oz:1.99} $5.49
+Softsoap Liquid Hand Soap, Soothing Clean, 11.25 oz $2.49
+Dawn Ultra Dish Soap, Original, 19.4 oz $3.99
Falcon Dust-Off Compressed Gas Duster, {10 oz:8.99|2 pk:15.99} $8.99
+Endust for Electronics Screen Cleaning Wipes, 70 ct $7.49
Hefty Strong Tall Kitchen Trash Bags, 13 Gallon, 80 ct $16.99
+Rubbermaid Deskside Plastic Wastebasket, 7 Gallon, Black $8.99
Swiffer Sweeper Dry + Wet Starter Kit $14.99

DEPT furniture
CAT office chairs @ Furniture Showroom
Serta Smart Layers Executive Office Chair, {Black Bonded Leather:279.99|Gray Fabric:259.99} $279.99
+La-Z-Boy Edmonton Bonded Leather Executive Chair, Black $299.99
+Flash Furniture Big & Tall Leather Executive Chair, 400 lb Capacity $249.99
+Flash Furniture Mid-Back Mesh Swivel Task Chair, {Black|Blue} $89.99
+HON Ignition 2.0 Mid-Back Mesh Task Chair, Black $449.00
+Branch Ergonomic Chair, Black $499.00
+Union & Scale Essentials Fabric Task Chair, Black $109.99
+Sihoo M57 Ergonomic Mesh Office Chair, Black $169.99
+Respawn 110 Racing Style Gaming Chair, {Black|Red} $199.99
+Boss Office Products Drafting Stool, Black $129.99
+Lorell Reception Guest Chair with Arms, Black Fabric $129.99
CAT desks @ Furniture Showroom
Bush Furniture Cabot L-Shaped Desk with Hutch, Espresso Oak $429.99
+Sauder Beginnings Computer Desk, Cinnamon Cherry $99.99
+Sauder Harbor View Writing Desk, Antiqued White $249.99
+FlexiSpot Electric Standing Desk, 48 x 24 in., {Black|White} $249.99
+VIVO Height Adjustable Standing Desk Converter, 32 in. $129.99
Flash Furniture Folding Table, 6 ft., White Plastic $69.99
CAT filing cabinets bookcases @ Furniture Showroom
HON 2-Drawer Vertical File Cabinet, Letter Size, {Black|Putty} $199.99
+HON Brigade 4-Drawer Vertical File Cabinet, Letter Size, Black $429.99
+Lorell 2-Drawer Lateral File Cabinet, Black $349.99
+Bush Furniture 3-Drawer Mobile File Cabinet, White $149.99
Sauder Beginnings 5-Shelf Bookcase, {Cinnamon Cherry|White} $89.99
+Sauder Beginnings 3-Shelf Bookcase, Cinnamon Cherry $59.99
CAT furniture accessories @ Furniture Showroom
ES Robbins Everlife Chair Mat for Medium Pile Carpet, 36 x 48 in., with Lip $44.99
+ES Robbins Chair Mat for Hard Floors, 36 x 48 in., Clear $39.99
+Floortex Cleartex Ultimat Polycarbonate Chair Mat for Hard Floors, 48 x 53 in. $89.99
Fellowes Office Suites Adjustable Footrest $34.99
Fellowes Office Suites Mesh Back Support $24.99
Mount-It! Under Desk Keyboard Tray $49.99
Mind Reader Anti-Fatigue Standing Mat, 20 x 32 in., Black $29.99
"""

QUESTIONS = [
    # plain locate, shopper words
    ("where are the sharpies", ["markers"], "Sharpie"),
    ("printer paper", ["printer paper"], None),
    ("post it notes", ["sticky notes"], "Notes"),
    ("where can i find manila folders", ["file folders"], "Manila"),
    ("three ring binders", ["binders"], None),
    ("stapler", ["staplers punches"], "Stapler"),
    ("staples for my stapler", ["staplers punches"], "^(?!.*Stapler).*Staples, "),
    ("scotch tape", ["tape adhesives"], "Magic Tape"),
    ("paper shredder", ["shredders"], "Shredder(?! (Oil|Lubricant|Bags))"),
    ("bubble wrap", ["packing supplies"], "Bubble Cushioning Wrap"),
    ("packing tape", ["packing supplies"], "(Packaging|Packing) Tape(?! Dispenser)"),
    ("dry erase markers", ["markers"], "Dry Erase Markers"),
    ("legal pads", ["writing pads"], "Legal Pads"),
    ("a whiteboard", ["whiteboards bulletin boards"], "Dry Erase (White)?board|Dry Erase/Cork"),
    ("office chair", ["office chairs"], None),
    ("filing cabinet", ["filing cabinets bookcases"], "File Cabinet"),
    ("batteries", ["batteries"], None),
    ("hdmi cable", ["cables chargers"], "HDMI"),
    ("label maker", ["label makers laminators"], "Label Maker|Label Printer"),
    ("rubber bands", ["clips fasteners"], "Rubber Bands"),
    ("paper clips", ["clips fasteners"], "Paper Clips"),
    ("composition notebook", ["notebooks"], "Composition"),
    ("glue sticks", ["tape adhesives"], "Glue Stick|Stic Glue"),
    ("wireless mouse", ["computer accessories"], "Mouse(?! Pad)"),
    ("power strip", ["cables chargers"], "Surge Protector"),
    ("wall calendar", ["calendars planners"], "Wall Calendar"),
    ("colored pencils", ["school supplies", "art supplies"], "Colored Pencils"),
    ("backpacks", ["backpacks"], None),
    ("k cups", ["coffee snacks"], "K-Cup"),
    ("standing desk", ["desks"], "Standing Desk"),
    ("pencil sharpener", ["pencils"], "Sharpener"),
    ("mechanical pencils", ["pencils"], "Mechanical Pencils"),
    ("a webcam", ["computer accessories"], "Webcam"),
    ("paper cutter", ["scissors cutters"], "Trimmer"),
    ("cardstock", ["colored paper cardstock"], "Cardstock"),
    ("bookshelf", ["filing cabinets bookcases"], "Bookcase"),
    ("bubble mailers", ["mailers"], "Bubble Mailers"),
    ("hole punch", ["staplers punches"], "Punch"),
    # brand names used generically
    ("where are the expo markers", ["markers"], "Expo"),
    ("ticonderoga pencils", ["pencils"], "Ticonderoga"),
    ("do you have pilot g2s", ["pens"], "G2 Retractable"),
    ("wite out", ["erasers correction"], "Correction"),
    ("bankers boxes", ["storage boxes"], "Stor/File|File Box|Storage Box"),
    ("avery labels", ["labels"], "Avery"),
    ("do you still sell rolodexes", ["desk organizers"], "Rotary Card File|Business Card Book"),
    ("clorox wipes", ["cleaning supplies"], "Disinfecting Wipes"),
    # misspellings
    ("enevlopes", ["envelopes"], None),
    ("scientfic calculater", ["calculators"], "Scientific"),
    ("hilighters", ["highlighters"], None),
    ("sharpie permenant marker", ["markers"], "Sharpie.*Permanent"),
    ("staplr remover", ["staplers punches"], "Staple Remover"),
    ("lamenator", ["label makers laminators"], "Laminator"),
    ("constrution paper", ["school supplies"], "Construction Paper"),
    ("bindr clips", ["clips fasteners"], "Binder Clips"),
    # British words
    ("where are the biros", ["pens"], r"\bPens?\b"),
    ("a rubber for my pencil", ["erasers correction"], "Eraser"),
    ("drawing pins", ["clips fasteners"], "Push Pins|Thumb Tacks"),
    ("plastic wallets for my ring binder", ["binder accessories"], "Sheet Protectors"),
    # needs
    ("my printer is out of black ink, its an hp 67", ["ink cartridges"], "HP 67(XL)?.*Black"),
    ("i need to mail a stack of documents flat without folding them", ["envelopes"], "9 x 12|10 x 13"),
    ("something to shred old bank statements", ["shredders"], "Shredder(?! (Oil|Lubricant|Bags))"),
    ("something to hold papers together without staples", ["clips fasteners"], "Paper Clips|Binder Clips|Paper Fasteners"),
    ("my kid needs a board for the science fair project", ["school supplies"], "Display Board|Poster Board|Foam Board"),
    ("my phone is dying i need a charger", ["cables chargers"], "Wall Charger|Power Adapter|Portable Charger|Power Bank"),
    ("the keyboard is full of crumbs, a can of air to blow it out", ["cleaning supplies"], "Duster"),
    # long chatty
    ("hi, my granddaughter needs a calculator for algebra, the teacher said a ti-84 plus", ["calculators"], "TI-84"),
    ("hello, i'm looking for the little yellow sticky notes, the square ones", ["sticky notes"], r"3 x 3 in\., Canary Yellow"),
    ("good morning, could you tell me where you keep the envelopes with the little window in them", ["envelopes"], "Window"),
    ("my son is moving out and we need boxes and tape to pack up his room", ["packing supplies"], "Moving Boxes|Shipping Box|(Packaging|Packing) Tape(?! Dispenser)"),
    # sizes said differently
    ("legal size hanging folders", ["file folders"], "Hanging File Folders, Legal"),
    ("11x17 paper", ["printer paper"], "11 x 17"),
    ("a three inch binder", ["binders"], r"\b3 in\."),
    ("four by six photo paper", ["photo paper"], "4 x 6"),
    ("half inch label tape for my brother p touch", ["label makers laminators"], "TZe"),
    ("128 gig thumb drive", ["computer accessories"], "Flash Drive, 128GB"),
    ("a whole case of copy paper", ["printer paper"], "Case of 10"),
    ("9 volt battery", ["batteries"], "9V"),
    # Spanish words mixed in
    ("where are the tijeras", ["scissors cutters"], "Scissors"),
    ("necesito sobres for mailing letters", ["envelopes"], None),
    ("la calculadora for my grandson school", ["calculators"], "Calculator"),
    ("cuadernos for school please", ["notebooks"], "Notebook"),
    ("blue pens, boligrafos azules", ["pens"], r"\bBlue\b"),
    # price checks
    ("how much is a ream of hp printer paper", None, r"HP Printer Paper, .*1 Ream", "price"),
    ("price on the ti-84 plus ce in black", None, r"TI-84 Plus CE Color Graphing Calculator, Black", "price"),
    ("how much is the hp 67xl black", None, r"HP 67XL High Yield Black", "price"),
    ("what does the fellowes 12c shredder cost", None, r"Powershred 12C", "price"),
    ("how much are the 12 packs of yellow post its", None, r"Post-it Notes, 3 x 3 in\., Canary Yellow, 12 Pads", "price"),
    ("price of the swingline 747 stapler", None, r"Swingline Classic 747 Stapler", "price"),
    ("how much is the serta executive chair in black leather", None, r"Serta .*Black Bonded Leather", "price"),
    ("brother tn760 toner price", None, r"TN760", "price"),
    ("how much for a 4 pack of duracell double a", None, r"Duracell Coppertop AA Alkaline Batteries, 4 pk", "price"),
    ("what's a 64 gig sandisk flash drive cost", None, r"SanDisk.*Flash Drive, 64GB", "price"),
    # stock checks
    ("do you have the black expo chisel tip markers in stock", None, r"Expo Low-Odor Dry Erase Markers, Chisel Tip, Black", "stock"),
    ("is the scotch laminator in stock", None, r"Scotch Thermal Laminator", "stock"),
    ("any of the teal five star zipper binders left", None, r"Five Star Zipper Binder, 2 in\., Teal", "stock"),
    ("is the logitech mk270 keyboard and mouse in stock", None, r"Logitech MK270", "stock"),
    ("do you have the ti-nspire cx ii in stock", None, r"TI-Nspire CX II", "stock"),
    ("is the epson ecotank 2800 printer in stock", None, r"EcoTank ET-2800", "stock"),
    ("is the branch ergonomic chair in stock", None, r"Branch Ergonomic Chair", "stock"),
    ("do you have the letter size rocketbook", None, r"Rocketbook Core .*Letter", "stock"),
    # absent
    ("do you have laptops", None, None, "absent"),
    ("an ipad", None, None, "absent"),
    ("a projector for presentations", None, None, "absent"),
    ("fax machine", None, None, "absent"),
    ("do you sell typewriters", None, None, "absent"),
    ("gift wrap", None, None, "absent"),
    ("birthday cards", None, None, "absent"),
    ("desk lamp", None, None, "absent"),
    ("a wall clock for the office", None, None, "absent"),
    ("space heater for under my desk", None, None, "absent"),
    ("fireproof safe for documents", None, None, "absent"),
    ("book of forever stamps", None, None, "absent"),
    ("wedding invitations", None, None, "absent"),
    ("a globe for my classroom", None, None, "absent"),
    ("walkie talkies", None, None, "absent"),
    ("computer monitor", None, None, "absent"),
    ("can you take passport photos here", None, None, "absent"),
    ("mini fridge for the break room", None, None, "absent"),
    ("prepaid cell phone", None, None, "absent"),
    ("a little desk fan", None, None, "absent"),
]

FORCE_OOS = [r"TI-Nspire CX II", r"EcoTank ET-2800", r"Branch Ergonomic Chair", r"Rocketbook Core .*Letter"]
FORCE_IN = [r"Expo Low-Odor Dry Erase Markers, Chisel Tip, Black", r"Scotch Thermal Laminator", r"Five Star Zipper Binder, 2 in\., Teal",
            r"Logitech MK270"]

if __name__ == '__main__':
    rows, types = build(CATALOG, 5501, 'office', oos_share=0.10, force_oos=FORCE_OOS, force_in=FORCE_IN)
    q = Q(rows, 'of')
    for t in QUESTIONS:
        q.add(t[0], t[1], t[2], t[3] if len(t) > 3 else None)
    q.write('office')
    print('office: %d products, %d product types (family lines not marked +)' % (len(rows), types))
