#!/usr/bin/env python3
"""Generates the homegoods store (home goods / bed and bath / furniture and decor):
catalog.csv, questions.jsonl and questions-heldout-b.jsonl (seeded, deterministic)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT bedding
CAT sheets @ Aisle 1 left
Threshold 400 Thread Count Cotton Sheet Set, {Twin:39.99|Full:49.99|Queen:59.99|King:69.99}, White $59.99
+Threshold 400 Thread Count Cotton Sheet Set, {Queen:59.99|King:69.99}, Gray $59.99
+Mainstays Microfiber Sheet Set, {Twin:14.97|Full:17.97|Queen:19.97|King:22.97}, White $19.97
+Wamsutta 625 Thread Count Egyptian Cotton Sheet Set, {Queen:129.99|King:149.99}, White $129.99
+Better Homes & Gardens Jersey Knit Sheet Set, {Full|Queen}, Heather Gray $24.97
+Eddie Bauer Flannel Sheet Set, {Queen:59.99|King:69.99}, Red Plaid $59.99
+Room Essentials Easy Care Twin XL Sheet Set, White $20.00
Utopia Bedding Deep Pocket Fitted Sheet, Queen, White $12.99
Room Essentials Easy Care Pillowcase Set, {Standard:8.00|King:10.00}, White $8.00
CAT comforters @ Aisle 1 right
Threshold Micro Texture Comforter Set, {Full/Queen:79.99|King:99.99}, White $79.99
+Mainstays Bed in a Bag Comforter Set, 7 Piece, {Queen:39.97|King:44.97}, Gray Stripe $39.97
+Nestwell Down Alternative Comforter, {Full/Queen:89.99|King:109.99}, White $89.99
+Pacific Coast Feather Down Comforter, {Full/Queen:199.99|King:239.99}, White $199.99
+Room Essentials Reversible Microfiber Comforter, {Twin/Twin XL:24.99|Full/Queen:34.99}, Navy $24.99
CAT duvet covers @ Aisle 1 right
Threshold Washed Cotton Sateen Duvet Cover Set, {Full/Queen:69.99|King:79.99}, {White|Sage} $69.99
+Casaluna Washed Linen Duvet Cover Set, {Full/Queen:159.99|King:179.99}, Natural $159.99
+Mainstays Microfiber Duvet Cover Set, Queen, {White|Charcoal} $24.97
CAT quilts coverlets @ Aisle 1 right
Better Homes & Gardens Cotton Quilt Set, {Full/Queen:59.97|King:69.97}, Blue Patchwork $59.97
+Threshold Matelasse Coverlet, {Full/Queen:59.99|King:69.99}, White $59.99
+Levtex Home Cotton Quilt Set, Full/Queen, Gray Floral $79.99
CAT bed pillows @ Aisle 2 left
Beautyrest Cotton Blend Bed Pillow, {Standard/Queen:19.99|King:24.99}, 2 Pack $19.99
+Mainstays Fiber Fill Bed Pillow, {Standard:4.97|King:7.97} $4.97
+Tempur-Pedic TEMPUR-Cloud Pillow, {Queen:99.00|King:119.00} $99.00
+MyPillow Classic Series Bed Pillow, {Queen:49.99|King:59.99}, Medium Fill $49.99
+Sealy Memory Foam Contour Pillow, Standard $29.99
+Coop Home Goods Original Adjustable Pillow, Queen $69.99
+Pacific Coast Feather Down Pillow, Standard $59.99
+Nestwell Firm Support Side Sleeper Pillow, Standard/Queen $29.99
Mainstays Body Pillow, 20 x 54 in $9.97
CAT mattress toppers @ Aisle 2 left
Sleep Innovations 2 in Gel Memory Foam Mattress Topper, {Twin:59.99|Full:69.99|Queen:79.99|King:99.99} $79.99
+Linenspa 3 in Gel Swirl Memory Foam Mattress Topper, {Queen:89.99|King:109.99} $89.99
+Mainstays 1.5 in Egg Crate Foam Mattress Topper, {Twin:19.97|Queen:29.97} $29.97
+Nestwell Cotton Fiber Bed Mattress Topper, Queen $99.99
+Tempur-Pedic TEMPUR-Adapt 3 in Mattress Topper, Queen $399.00
CAT mattress pads protectors @ Aisle 2 right
SafeRest Premium Waterproof Mattress Protector, {Twin:24.99|Queen:34.99|King:39.99} $34.99
+Linenspa Waterproof Mattress Protector, Queen $19.99
+Sealy Cooling Comfort Mattress Pad, {Queen:49.99|King:59.99} $49.99
+Mainstays Quilted Mattress Pad, {Twin:14.97|Queen:19.97} $19.97
+Utopia Bedding Zippered Mattress Encasement, Queen $29.99
SafeRest Premium Waterproof Pillow Protectors, Standard, 2 Pack $14.99
CAT blankets throws @ Aisle 2 right
Threshold Chunky Knit Throw Blanket, 50 x 60 in, {Cream|Gray} $30.00
+Better Homes & Gardens Faux Fur Throw, 50 x 60 in, {Ivory|Blush} $19.97
+Mainstays Plush Throw Blanket, 50 x 60 in, {Gray|Red} $6.97
+Barefoot Dreams CozyChic Throw, 54 x 72 in, {Stone|Graphite} $147.00
+Bedsure Fleece Blanket, {Queen:21.99|King:27.99}, Gray $21.99
+Mainstays Cotton Thermal Blanket, {Full/Queen:14.97|King:17.97}, White $14.97
Sunbeam Heated Electric Blanket, {Full:59.99|Queen:79.99|King:99.99}, Beige $79.99
+Sunbeam Heated Throw, 50 x 60 in, Gray $39.99
YnM Weighted Blanket, 60 x 80 in, {12 lb:49.99|15 lb:59.99}, Gray $59.99

DEPT bath
CAT bath towels @ Aisle 3 left
Threshold Performance Bath Towel, {White|Gray|Navy} $10.00
+Threshold Performance Hand Towel, {White|Gray} $7.00
+Threshold Performance Washcloth, {White|Gray} $4.00
+Mainstays Basic Solid Bath Towel, {White|Blue} $2.97
+Wamsutta Egyptian Cotton Bath Towel, White $19.99
+Better Homes & Gardens Thick and Plush Bath Sheet, White $16.97
Mainstays 6 Piece Towel Set, {Gray|Teal} $19.97
Utopia Towels Cotton Washcloths, 24 Pack, White $13.99
Threshold Cabana Stripe Beach Towel, Blue $12.00
CAT bath rugs @ Aisle 3 right
Threshold Performance Cotton Bath Rug, 20 x 34 in, {White|Gray} $15.00
+Mainstays Memory Foam Bath Mat, 17 x 24 in, Gray $6.97
+Better Homes & Gardens Noodle Bath Rug, 21 x 34 in, Blush $12.97
+Gorilla Grip Bath Rug, 30 x 20 in, Charcoal $17.99
+Dorai Home Stone Bath Mat, 23.5 x 15 in, White $59.00
Mainstays Contour Toilet Rug, Gray $4.97
Gorilla Grip Non-Slip Bathtub Mat, 35 x 16 in, Clear $15.99
CAT shower curtains @ Aisle 3 right
Threshold Textured Stripe Shower Curtain, 72 x 72 in, {White|Gray} $20.00
+Maytex Waffle Weave Fabric Shower Curtain, 70 x 72 in, White $14.99
+Better Homes & Gardens Botanical Print Shower Curtain, 72 x 72 in $14.97
+Threshold Extra Long Shower Curtain, 72 x 84 in, White $25.00
Mainstays PEVA Shower Curtain Liner, 70 x 72 in, {Clear|Frosted} $2.97
+Zenna Home Heavy Weight Fabric Shower Curtain Liner, 70 x 72 in, White $9.99
CAT shower rods rings @ Aisle 3 right
Zenna Home NeverRust Aluminum Tension Shower Rod, 50-86 in, Brushed Nickel $24.99
+Kenney Curved Shower Curtain Rod, 60-72 in, {Chrome|Bronze} $29.99
Mainstays Shower Curtain Rings, 12 ct, {Chrome|Brushed Nickel} $3.97
+Zenna Home Double Glide Roller Shower Hooks, 12 ct, Chrome $14.99
CAT bath accessories @ Aisle 4 left
Threshold Ceramic Soap Pump, White $10.00
+simplehuman Rechargeable Sensor Soap Pump, 9 oz $69.99
Threshold Ceramic Toothbrush Holder, White $8.00
Mainstays 4 Piece Bath Accessory Set, Gray $12.97
Kenney Free Standing Toilet Paper Holder, {Chrome|Black} $19.99
mDesign Bathroom Wastebasket, 5 L, White $12.99
Mainstays Toilet Bowl Brush and Holder, White $4.97
Zenna Home Over the Toilet Space Saver, 3 Shelf, White $49.99
Taylor Digital Bathroom Scale, Black $24.99
+Etekcity Digital Body Weight Bathroom Scale, White $19.99
Zenna Home Over the Shower Head Caddy, {Chrome|Bronze} $19.99
+Mainstays Rust Resistant Corner Shower Caddy, 3 Tier $14.97
+Room Essentials Plastic Shower Tote, White $5.00

DEPT window
CAT curtains @ Aisle 4 right
Eclipse Blackout Thermal Curtain Panel, 42 x {63:17.99|84:22.99} in, {Gray|Ivory} $22.99
+Threshold Farrah Light Filtering Curtain Panel, 54 x {84|95} in, White $30.00
+Mainstays Solid Rod Pocket Curtain Panel, 40 x 84 in, {Ivory|Gray} $6.97
+Sun Zero Room Darkening Grommet Curtain Panel, 40 x 84 in, Charcoal $19.99
+No. 918 Emily Sheer Voile Curtain Panel, 59 x {63|84} in, White $9.99
+Better Homes & Gardens Linen Look Curtain Panel, 50 x 84 in, Natural $19.97
Achim Kitchen Tier Curtain Pair, 58 x 36 in, White $12.99
+Achim Kitchen Window Valance, 58 x 14 in, White $9.99
CAT blinds shades @ Aisle 5 left
Levolor Cordless Light Filtering Cellular Shade, {23 x 64 in:39.99|27 x 64 in:42.99|35 x 64 in:49.99}, White $39.99
+Mainstays 1 in Vinyl Mini Blind, {23 x 64 in:4.97|27 x 64 in:5.47|35 x 64 in:6.47}, White $4.97
+Redi Shade Original Light Blocking Paper Shade, 36 x 72 in, White $6.99
+Chicology Cordless Blackout Roller Shade, 35 x 72 in, Gray $39.99
+Radiance Cordless Bamboo Roman Shade, 36 x 64 in, Natural $34.99
+Levolor 2 in Faux Wood Blind, 35 x 64 in, White $54.99
CAT curtain rods @ Aisle 5 left
Kenney Decorative Curtain Rod, {28-48 in:14.99|48-86 in:19.99|86-120 in:29.99}, Black $19.99
+Mainstays Spring Tension Rod, {28-48 in:3.97|48-86 in:5.97}, White $3.97
+Umbra Cappa Curtain Rod, 36-66 in, Nickel $34.99
+Threshold Double Curtain Rod, 66-120 in, Brass $40.00
+Kenney Magnetic Cafe Rod, 16-28 in, White $8.99
Mainstays Curtain Clip Rings, 14 ct, Black $5.97
Threshold Tassel Curtain Tieback, 2 Pack, Natural $10.00

DEPT rugs
CAT area rugs @ Aisle 5 right
Mainstays Ombre Shag Area Rug, {4 x 6 ft:24.97|5 x 7 ft:39.97|8 x 10 ft:89.97}, Gray $39.97
+Safavieh Madison Vintage Area Rug, {5 x 8 ft:89.99|8 x 10 ft:179.99}, Cream/Blue $89.99
+nuLOOM Moroccan Blythe Area Rug, {5 x 8 ft:79.99|8 x 10 ft:149.99}, Gray $79.99
+Ruggable Washable Area Rug, {5 x 7 ft:299.00|8 x 10 ft:499.00}, Kamran Blue $299.00
+Threshold Woven Jute Area Rug, {5 x 7 ft:99.99|7 x 10 ft:179.99}, Natural $99.99
+Better Homes & Gardens Round Area Rug, 6 ft, Gray Medallion $49.97
+Gertmenian Kids Play Rug, 5 x 7 ft, Road Map $39.99
+Mohawk Home Faux Sheepskin Rug, 2 x 3 ft, White $29.99
CAT runner rugs @ Aisle 5 right
Safavieh Madison Runner Rug, 2 x {8:39.99|12:59.99} ft, Cream/Blue $39.99
+nuLOOM Moroccan Blythe Runner Rug, 2.5 x 8 ft, Gray $49.99
+Ruggable Washable Runner Rug, 2.5 x 7 ft, Kamran Blue $179.00
+Mainstays Kitchen Runner Rug, 20 x 60 in, Gray $12.97
Mohawk Home Anti-Fatigue Kitchen Mat, 20 x 39 in, Black $34.99
CAT rug pads @ Aisle 6 left
Mohawk Home Dual Surface Rug Pad, {5 x 8 ft:39.99|8 x 10 ft:59.99} $39.99
+Gorilla Grip Non-Slip Rug Pad Gripper, {2 x 8 ft:17.99|4 x 6 ft:19.99|5 x 7 ft:24.99} $19.99
XFasten Double Sided Rug Tape, 2 in x 30 ft $11.99
CAT doormats @ Aisle 6 left
Gorilla Grip Indoor Doormat, 24 x 36 in, Gray $21.99
+Mohawk Home Natural Coir Doormat, 18 x 30 in, Welcome $19.99
+Mainstays Rubber Scraper Doormat, 18 x 30 in, Black $6.97
+Threshold Hello Coir Doormat, 23 x 35 in $20.00
Natco Rubber Boot Tray, 15 x 30 in, Black $12.99

DEPT lighting
CAT table lamps @ Aisle 7 left
Threshold Ceramic Table Lamp with Shade, {White|Blue} $39.99
+Mainstays Stick Table Lamp with Shade, {Black|White} $9.97
+Better Homes & Gardens Glass Table Lamp, Clear $34.97
+Catalina Lighting Touch Table Lamp, Brushed Nickel $29.99
+Threshold Rechargeable Mini Mushroom Table Lamp, White $25.00
+Hearth & Hand with Magnolia Ceramic Table Lamp, Cream $49.99
Brightech Jacob LED Desk Lamp, {Black|White} $39.99
+Mainstays LED Desk Lamp with USB Port, Black $14.97
Mainstays 3 Piece Lamp Set, Brushed Nickel $29.97
CAT floor lamps @ Aisle 7 left
Brightech Sky LED Torchiere Floor Lamp, {Black|Silver} $59.99
+Mainstays 5-Light Floor Lamp, Black $24.97
+Mainstays Torchiere Floor Lamp, 71 in, Black $14.97
+Threshold Arc Floor Lamp, Brass $99.99
+Brightech Litespan LED Reading Floor Lamp, Black $49.99
+Better Homes & Gardens Tripod Floor Lamp, Walnut $49.97
+Brightech Maxwell Shelf Floor Lamp, Black $79.99
CAT lamp shades @ Aisle 7 right
Threshold Drum Lamp Shade, {Small:15.00|Medium:20.00|Large:25.00}, White $20.00
+Mainstays Bell Lamp Shade, {Small|Medium}, White $6.97
+Catalina Lighting Clip-On Empire Lamp Shade, 10 in, Beige $12.99
Westinghouse Lamp Harp, 9 in, Brass $4.99
CAT string lights @ Aisle 7 right
Brightown Outdoor Globe String Lights, {25 ft:25.99|50 ft:39.99}, Warm White $25.99
+Room Essentials 20 ct LED Fairy String Lights, Warm White $5.00
+Twinkle Star 300 LED Curtain String Lights, Warm White $19.99
+Enbrighten Cafe LED String Lights, 24 ft, Black $49.99
+Better Homes & Gardens Battery Operated Copper Wire Lights, 100 ct $9.97
Govee RGBIC LED Strip Lights, 32.8 ft $29.99

DEPT furniture
CAT bookcases shelves @ Furniture Showroom
Mainstays 5-Shelf Bookcase, {Espresso|Black Oak|White} $49.97
+Mainstays 3-Shelf Bookcase, Espresso $29.97
+Sauder Beginnings 5-Shelf Bookcase, {Highland Oak|Soft White} $79.99
+Better Homes & Gardens Ladder Bookshelf, 5-Shelf, Rustic Gray $79.97
+South Shore Axess 4-Shelf Bookcase, Pure White $89.99
Threshold Floating Wall Shelf, 24 in, Walnut $20.00
CAT accent tables @ Furniture Showroom
Mainstays Parsons End Table, {Black|White} $14.97
+Better Homes & Gardens Round Side Table, Walnut $59.97
+Mainstays C-Shaped Laptop Side Table, Black $24.97
Threshold Carlisle Nightstand, {Natural|White} $99.99
+Mainstays Nightstand with Drawer, Espresso $34.97
Sauder North Avenue Lift-Top Coffee Table, Charter Oak $199.99
+Mainstays Parsons Coffee Table, Black $39.97
Winsome Folding TV Tray Table Set, 5 Piece, Walnut $59.99
CAT bar stools @ Furniture Showroom
Flash Furniture Backless Metal Bar Stool, {24 in Counter Height:39.99|30 in Bar Height:44.99}, Black $39.99
+Mainstays Adjustable Swivel Bar Stool, Black $49.97
+Threshold Windsor Counter Stool, 24 in, {Black|Natural} $90.00
+Winsome Wood Saddle Seat Bar Stool, 29 in, Walnut $54.99
CAT office chairs @ Furniture Showroom
Mainstays Mid-Back Office Chair, {Black|Gray} $39.97
+Serta Ergonomic Executive Office Chair, Bonded Leather, Black $199.99
+Flash Furniture Mid-Back Mesh Swivel Task Chair, {Black|Gray} $69.99
+OFM Essentials Big and Tall Leather Executive Chair, Black $249.99
+Threshold Upholstered Swivel Desk Chair, Cream $149.99
CAT futons @ Furniture Showroom
DHP Emily Futon, {Black Faux Leather|Gray Linen} $199.99
+Mainstays Tufted Futon, {Black|Gray} $149.00
+Serta Rane Convertible Futon, Light Gray $299.99
+Better Homes & Gardens Convertible Futon, Navy Velvet $229.00
CAT slipcovers @ Aisle 6 right
Sure Fit Stretch Pique {Sofa:59.99|Loveseat:49.99|Chair:39.99} Slipcover, White $59.99
+Easy-Going Stretch Recliner Slipcover, {Gray|Brown} $35.99
+Easy-Going Stretch Dining Chair Slipcovers, 4 Pack, Gray $25.99
+Mainstays Quilted Sofa Cover, Gray $19.97
+Mainstays Futon Cover, Full Size, Black $24.97

DEPT storage
CAT storage bins baskets @ Aisle 8 left
Sterilite Clear Latching Storage Box, {32 Quart:7.97|66 Quart:11.97} $7.97
+Sterilite Tuff1 Storage Tote, {18 Gallon:9.97|30 Gallon:14.97}, Gray $9.97
+Rubbermaid Roughneck Storage Tote, 18 Gallon, Dark Indigo $12.99
Brightroom Fabric Cube Storage Bin, 11 in, {Gray|Cream} $6.00
+Mainstays Collapsible Fabric Storage Cube, 10.5 in, {Gray|Navy} $3.97
Threshold Woven Rattan Basket, {Small:20.00|Large:30.00} $25.00
+Mainstays Seagrass Basket with Handles, {Small:9.97|Large:12.97} $9.97
+Better Homes & Gardens Water Hyacinth Basket with Lid, Natural $24.97
+Threshold Cotton Rope Basket, Medium, Cream $20.00
Sterilite 3 Drawer Wide Cart, White $24.97
+Iris USA 5 Drawer Rolling Storage Cart, Black $39.99
Spacesaver Vacuum Storage Bags, Jumbo, 6 Pack $29.99
CAT cube storage @ Aisle 8 left
ClosetMaid 9-Cube Storage Organizer, {White|Espresso} $59.99
+Mainstays 6-Cube Storage Organizer, White $39.97
+Better Homes & Gardens 3-Cube Storage Organizer, Weathered $29.97
CAT closet organizers @ Aisle 8 right
ClosetMaid Adjustable Closet Organizer Kit, 4-8 ft, White $79.99
Whitmor Hanging Closet Organizer, 6 Shelf, Gray $12.99
Whitmor Adjustable Double Hang Closet Rod, Chrome $19.99
Honey-Can-Do Rolling Garment Rack, Chrome $39.99
Simple Houseware Foldable Drawer Divider Organizers, 4 Pack, Gray $14.99
Simple Houseware Hanging Garment Bags, 43 in, 2 Pack $17.99
Umbra Schnook Over the Door 8 Hook Rack, Black $22.99
CAT hangers @ Aisle 8 right
Mainstays Plastic Clothing Hangers, 10 Pack, {White|Black} $1.97
+Zober Velvet Hangers, {50 Pack:24.99|100 Pack:39.99}, Black $24.99
+Whitmor Natural Wood Suit Hangers, 6 Pack $14.99
+Honey-Can-Do Pants Hangers with Clips, 10 Pack, Chrome $12.99
+Brightroom Kids Plastic Hangers, 20 Pack, White $6.00
CAT shoe storage @ Aisle 9 left
Whitmor 3 Tier Shoe Shelf, Chrome $19.99
+Seville Classics Stackable Bamboo Shoe Rack, 2 Tier $34.99
+Mainstays 10 Tier Metal Shoe Rack, Black $29.97
Whitmor Over the Door Shoe Organizer, 24 Pocket, Clear $14.99
Better Homes & Gardens Shoe Storage Bench, Rustic Gray $99.97
CAT underbed storage @ Aisle 9 left
Sterilite {41 Quart:8.97|56 Quart Wheeled:16.97} Underbed Box, Clear $8.97
+Iris USA 60 Quart Underbed Storage Box with Wheels, 4 Pack $64.99
Whitmor Zippered Underbed Storage Bag, 2 Pack, Gray $15.99
+Simple Houseware Under Bed Shoe Storage Organizer, 2 Pack, Gray $19.99

DEPT kitchen & dining
CAT cookware @ Aisle 11 left
T-fal Ultimate Hard Anodized Nonstick Cookware Set, 12 Piece $129.99
+Cuisinart Chef's Classic Stainless Steel Cookware Set, 10 Piece $199.99
+Rachael Ray Cucina Nonstick Cookware Set, 12 Piece, Agave Blue $149.99
+Caraway Nonstick Ceramic Cookware Set, 9 Piece, Sage $395.00
T-fal Signature Nonstick Fry Pan, {8 in:14.99|10 in:19.99|12 in:24.99} $19.99
+Calphalon Classic Nonstick Fry Pan Set, 8 and 10 in $49.99
+Lodge Pre-Seasoned Cast Iron Skillet, {8 in:14.99|10.25 in:19.99|12 in:29.99} $19.99
+T-fal Nonstick Wok, 14 in $29.99
Lodge Enameled Cast Iron Dutch Oven, 6 Quart, Red $79.99
+Farberware Classic Stainless Steel Stockpot, 8 Quart $39.99
+Mainstays Nonstick Saucepan with Lid, 2 Quart $9.97
CAT bakeware @ Aisle 11 left
Pyrex Basics Glass Baking Dish, {8 x 8 in:9.99|9 x 13 in:14.99} $14.99
+Nordic Ware Naturals Half Sheet Baking Pan $14.99
+Wilton Perfect Results Nonstick Muffin Pan, 12 Cup $14.99
+Pyrex Glass Pie Plate, 9.5 in $7.99
+Wilton Recipe Right Loaf Pan, 9 x 5 in $6.99
Pyrex Glass Mixing Bowl Set, 3 Piece $19.99
CAT kitchen tools @ Aisle 11 right
OXO Good Grips Swivel Peeler $10.99
+OXO Good Grips Smooth Edge Can Opener $19.99
+Farberware Professional 6 Piece Kitchen Tool Set, Black $19.99
+Farberware Stainless Steel Colander, 5 Quart $14.99
Cuisinart Classic Stainless Steel Knife Block Set, 15 Piece $99.99
+Farberware Edgekeeper Knife Block Set, 14 Piece $49.99
+Farberware Steak Knife Set, 6 Piece $14.99
OXO Good Grips Cutting Board, {Small:14.99|Large:22.99} $14.99
Pyrex Glass Measuring Cup, {1 Cup:6.99|2 Cup:9.99|4 Cup:14.99} $9.99
Escali Primo Digital Kitchen Scale $24.95
CAT food storage @ Aisle 11 right
Rubbermaid Brilliance Food Storage Containers, {10 Piece:24.99|22 Piece:39.99} $24.99
+Pyrex Simply Store Glass Food Storage Set, 18 Piece $29.99
+OXO Good Grips POP Container Set, 5 Piece $79.99
+Mainstays Plastic Food Storage Containers, 40 Piece $9.97
Ball Regular Mouth Mason Jars, 16 oz, 12 Pack $14.99
CAT dinnerware @ Aisle 12 left
Corelle Winter Frost White Dinnerware Set, {12 Piece:49.99|18 Piece:69.99} $49.99
+Gibson Home Soho Lounge Dinnerware Set, 16 Piece, White $39.99
+Mainstays Round Stoneware Dinnerware Set, 16 Piece, Teal $24.97
+Mikasa Delray Bone China Dinnerware Set, 16 Piece $129.99
Threshold Stoneware Dinner Plate, 10.5 in, {White|Sage} $5.00
+Threshold Stoneware Cereal Bowl, 24 oz, White $4.00
Threshold Porcelain Serving Platter, 16 in, White $15.00
+Hearth & Hand with Magnolia Stoneware Serving Bowl, Cream $20.00
CAT flatware @ Aisle 12 left
Oneida Chef's Table Flatware Set, 20 Piece $49.99
+Mainstays Stainless Steel Flatware Set, 20 Piece $9.97
+Threshold Matte Black Flatware Set, 20 Piece $30.00
Oneida Aptitude {Dinner Forks|Teaspoons}, 12 Pack $19.99
Madesmart Classic Silverware Tray, White $14.99
CAT glassware drinkware @ Aisle 12 right
Libbey Classic Tumbler Glasses, 16 oz, 8 Pack $19.99
+Libbey Signature Kentfield Red Wine Glasses, 4 Pack $24.99
+Libbey Stemless Wine Glasses, 4 Pack $17.99
+Libbey Champagne Flutes, 4 Pack $19.99
+Libbey Heavy Base Rocks Glasses, 4 Pack $14.99
Threshold Stoneware Coffee Mug, 16 oz, {White|Sage} $4.00
+Mainstays Stoneware Coffee Mug Set, 15 oz, 6 Pack, White $12.97
Stanley Quencher H2.0 Tumbler, 40 oz, {Charcoal|Rose Quartz|Frost} $45.00
+Yeti Rambler Tumbler, 20 oz, Navy $35.00
Libbey Glass Pitcher, 2 Quart $14.99
CAT kitchen table linens @ Aisle 12 right
Threshold Waffle Kitchen Towels, 2 Pack, {White|Gray} $8.00
+Mainstays Terry Kitchen Towels, 6 Pack, Gray $5.97
+Utopia Kitchen Flour Sack Dish Towels, 12 Pack, White $16.99
+Mainstays Waffle Dish Cloths, 8 Pack $4.97
KitchenAid Ribbed Silicone Oven Mitts, 2 Pack, Black $19.99
+Mainstays Cotton Pot Holders, 2 Pack, Gray $2.97
Hearth & Hand with Magnolia Chambray Apron, Blue $20.00
Threshold Cotton Tablecloth, {60 x 84 in:20.00|60 x 102 in:25.00}, White $20.00
+Benson Mills Spillproof Fabric Tablecloth, 70 in Round, Ivory $19.99
+Mainstays Vinyl Flannel-Backed Tablecloth, 52 x 70 in, Red Gingham $4.97
Threshold Woven Placemat, Natural $4.00
+Mainstays Reversible Placemats, 4 Pack, Gray $5.97
Threshold Cotton Cloth Napkins, 4 Pack, White $10.00
Hearth & Hand with Magnolia Table Runner, 72 in, Natural $20.00
CAT small appliances @ Aisle 13 left
Keurig K-Classic Single Serve Coffee Maker, Black $109.99
+Keurig K-Mini Single Serve Coffee Maker, {Black|Red} $79.99
+Mr. Coffee 12-Cup Programmable Coffee Maker, Black $29.99
+Cuisinart 14-Cup Programmable Coffee Maker, Stainless $99.99
+Nespresso Vertuo Next Coffee and Espresso Machine, Black $159.00
+Bodum Brazil French Press, 34 oz $24.99
Hamilton Beach Electric Kettle, 1.7 L, Stainless $29.99
Hamilton Beach 2-Slice Toaster, Black $19.99
+Cuisinart 4-Slice Toaster, Stainless $59.99
+Black+Decker 4-Slice Toaster Oven, Black $39.99
Ninja Air Fryer, 4 Quart, Gray $99.99
+Cosori Pro LE Air Fryer, 5 Quart, Black $99.99
+Instant Vortex Plus Air Fryer, 6 Quart $129.99
Instant Pot Duo 7-in-1 Pressure Cooker, {6 Quart:99.99|8 Quart:129.99} $99.99
+Crock-Pot Manual Slow Cooker, {4 Quart:29.99|7 Quart:39.99} $29.99
Ninja Professional Blender, 72 oz $99.99
+NutriBullet Pro 900 Personal Blender $89.99
KitchenAid Artisan Stand Mixer, 5 Quart, {Empire Red|Matte Black} $449.99
+Hamilton Beach 6-Speed Hand Mixer, White $24.99
+Cuisinart Elemental Food Processor, 8 Cup $99.99
Dash Mini Waffle Maker, Aqua $12.99

DEPT home decor
CAT wall art @ Aisle 14 left
Threshold Framed Botanical Wall Art, 16 x 20 in $30.00
+Kate and Laurel Sylvie Framed Canvas Wall Art, 18 x 24 in, {Abstract|Landscape} $59.99
+Better Homes & Gardens Beach Canvas Wall Art, 24 x 36 in $39.97
+Threshold Framed Print Set, 3 Piece, 11 x 14 in, Neutral Abstract $45.00
+Threshold Round Metal Wall Decor, 24 in, Gold $40.00
Mainstays Farmhouse Wall Sign, Gather, 12 x 24 in $9.97
+Hearth & Hand with Magnolia Wood Wall Sign, Home $25.00
CAT mirrors @ Aisle 14 left
Threshold Round Wall Mirror, {24 in:40.00|30 in:60.00}, Brass $40.00
+Mainstays Full Length Door Mirror, 14 x 50 in, Black $12.97
+Better Homes & Gardens Arched Floor Mirror, 22 x 65 in, Gold $99.97
+Kate and Laurel Hutton Rectangle Wall Mirror, 20 x 30 in, Rustic Brown $89.99
+Better Homes & Gardens Sunburst Wall Mirror, 30 in, Gold $49.97
Conair Double-Sided Lighted Vanity Mirror $34.99
CAT clocks @ Aisle 14 left
Mainstays Basic Wall Clock, 10 in, {Black|White} $4.97
+Better Homes & Gardens Farmhouse Wall Clock, 24 in $29.97
+La Crosse Technology Atomic Wall Clock, 12 in $24.99
Mainstays Analog Alarm Clock, Black $6.97
+American Lifetime Day Clock, 8 in $39.99
CAT picture frames @ Aisle 14 right
Mainstays Format Picture Frame, {4 x 6 in:1.97|5 x 7 in:2.97|8 x 10 in:4.97|11 x 14 in:7.97}, Black $4.97
+Threshold Thin Metal Picture Frame, {4 x 6 in:6.00|5 x 7 in:8.00|8 x 10 in:12.00}, Gold $8.00
+Malden Linear Wood Picture Frame, 5 x 7 in, Walnut $9.99
+Mainstays Document Frame, 8.5 x 11 in, Black $5.97
Pinnacle Collage Picture Frame, 8 Opening, Black $24.99
+Mainstays Gallery Wall Frame Set, 7 Piece, Black $19.97
Nixplay Digital Picture Frame, 10.1 in $159.99
CAT vases planters @ Aisle 15 left
Threshold Ceramic Vase, {Small:15.00|Large:25.00}, White $15.00
+Hearth & Hand with Magnolia Glass Bud Vase, Clear $8.00
+Better Homes & Gardens Clear Glass Cylinder Vase, {8 in:7.97|12 in:11.97} $7.97
+Threshold Fluted Glass Vase, Amber $20.00
Threshold Ceramic Planter, {6 in:15.00|8 in:20.00}, White $15.00
+Mainstays Plastic Planter, 10 in, Terracotta $3.97
Better Homes & Gardens Metal Plant Stand, 3 Tier, Black $29.97
CAT artificial plants @ Aisle 15 left
Nearly Natural Fiddle Leaf Fig Artificial Tree, {4 ft:89.99|6 ft:149.99} $89.99
+Nearly Natural Bird of Paradise Artificial Plant, 5 ft $119.99
+Threshold Artificial Olive Tree, 5 ft $100.00
+Better Homes & Gardens Faux Snake Plant in Pot, 24 in $24.97
+Threshold Faux Potted Succulent, Small $8.00
Better Homes & Gardens Faux Eucalyptus Stems, 3 Pack $9.97
+Better Homes & Gardens Faux Peony Bouquet, Pink $9.97
+Threshold Faux Hydrangea Stem, White $8.00
CAT throw pillows @ Aisle 15 right
Threshold Square Throw Pillow, 18 x 18 in, {Cream|Navy|Sage} $15.00
+Better Homes & Gardens Velvet Throw Pillow, 20 x 20 in, {Blush|Teal} $12.97
+Mainstays Decorative Throw Pillow, 16 x 16 in, {Gray|Blue} $4.97
+Hearth & Hand with Magnolia Lumbar Throw Pillow, 14 x 24 in, Cream Stripe $25.00
Threshold Woven Pillow Cover, 18 x 18 in, Cream $12.00
Mainstays Pillow Insert, 18 x 18 in, 2 Pack $9.97

DEPT candles & home fragrance
CAT candles @ Aisle 16 left
Yankee Candle Large Jar Candle, {Balsam & Cedar|Pink Sands|Clean Cotton|Midsummer's Night}, 22 oz $31.99
+Yankee Candle Small Tumbler Candle, {Pink Sands|Clean Cotton}, 7 oz $17.99
+WoodWick Ellipse Candle, {Vanilla Bean|Fireside}, 16 oz $34.99
+Chesapeake Bay Candle Jar Candle, {Peace + Tranquility|Balance + Harmony}, 9.7 oz $14.99
+Capri Blue Volcano Signature Jar Candle, 19 oz $36.00
+Better Homes & Gardens 3-Wick Candle, {Warm Vanilla Sugar|Fresh Cut Pine|Sea Salt & Orchid}, 12 oz $5.97
+Threshold 2-Wick Glass Jar Candle, Cashmere Vanilla, 14 oz $15.00
Mainstays Unscented Pillar Candle, {3 x 4 in:2.47|3 x 6 in:3.47}, White $2.47
+Mainstays Unscented Tealight Candles, {50 Pack:2.97|100 Pack:4.97}, White $2.97
+Threshold Unscented Taper Candles, 10 in, 4 Pack, Ivory $5.00
CAT flameless candles @ Aisle 16 left
Luminara Moving Flame LED Pillar Candle, {4 in:29.99|6 in:34.99}, Ivory $29.99
+Mainstays LED Flameless Tealight Candles, 12 Pack $4.97
+Threshold LED Flameless Pillar Candle Set, 3 Piece, Ivory $25.00
+Homemory Flameless Taper Candles with Remote, 6 Pack $19.99
CAT home fragrance @ Aisle 16 right
Capri Blue Volcano Reed Diffuser, 8 oz $44.00
+Threshold Reed Diffuser, {Cashmere Vanilla|Juniper}, 3.4 fl oz $12.00
+Yankee Candle Signature Reed Diffuser, Pink Sands $24.99
Air Wick Scented Oil Plug-In Starter Kit, Fresh Linen $6.49
Yankee Candle Room Spray, Clean Cotton, 1.5 oz $12.99
ASAKUKI Ultrasonic Essential Oil Diffuser, 500 ml $25.99
+Vitruvi Stone Diffuser, White $119.00
NOW Foods Essential Oil, {Lavender|Eucalyptus}, 1 fl oz $9.99
CAT wax melts warmers @ Aisle 16 right
Better Homes & Gardens Wax Cubes, {Warm Vanilla Sugar|Sea Salt & Orchid}, 2.5 oz $1.97
+Yankee Candle Wax Melt, {Pink Sands|Clean Cotton}, 2.6 oz $5.99
Better Homes & Gardens Full Size Wax Warmer, Speckled White $19.97
+ScentSationals Plug-In Mini Wax Warmer, White $9.99
+Better Homes & Gardens Candle Warmer Lamp, Black $24.97
CAT candle accessories @ Front Counter
BIC Multi-Purpose Lighter, 2 Pack $6.99
+Zippo Rechargeable Candle Lighter, Black $34.95
Threshold Candle Wick Trimmer, Brass $10.00
+Threshold Candle Snuffer, Brass $10.00
Mainstays Glass Pillar Candle Holder, 6 in $3.97
+Threshold Taper Candle Holders, 2 Pack, Brass $15.00

DEPT cleaning & laundry
CAT vacuums @ Aisle 10 right
Shark Navigator Lift-Away Upright Vacuum, NV352 $199.99
+Bissell CleanView Compact Upright Vacuum $99.99
+Hoover MaxLife Pro Pet Swivel Upright Vacuum $179.99
+Shark Rocket Pet Pro Cordless Stick Vacuum $279.99
+Hoover ONEPWR Evolve Cordless Upright Vacuum $199.99
+Dyson V8 Cordless Stick Vacuum $349.99
+Dyson V15 Detect Cordless Vacuum $749.99
+iRobot Roomba 694 Robot Vacuum $274.99
+Black+Decker Dustbuster Cordless Handheld Vacuum $59.99
Bissell Little Green Portable Carpet Cleaner $123.59
Shark Replacement Filter Kit for NV352 $24.99
CAT mops brooms @ Aisle 10 right
O-Cedar EasyWring Spin Mop and Bucket System $39.99
+Swiffer Sweeper Dry + Wet Sweeping Kit $14.99
+Libman Wonder Mop $19.99
+Bona Hardwood Floor Premium Spray Mop $39.99
+Shark Steam Pocket Mop $89.99
Libman Precision Angle Broom with Dustpan $19.99
+O-Cedar Pet Pro Broom $14.99
Swiffer Duster Heavy Duty Starter Kit $9.99
CAT trash cans @ Aisle 10 right
simplehuman Rectangular Step Trash Can, {30 Liter:99.99|45 Liter:129.99}, Brushed Stainless $99.99
+Sterilite 13 Gallon TouchTop Wastebasket, White $19.97
+Rubbermaid Step-On Trash Can, 13 Gallon, Stainless $59.99
+iTouchless Sensor Trash Can, 13 Gallon $69.99
+Mainstays 7.5 Quart Wastebasket, White $1.97
CAT laundry @ Aisle 9 right
Mainstays Laundry Hamper with Lid, White $14.97
+Brightroom Collapsible Laundry Hamper, Gray $15.00
+Household Essentials 3 Bag Rolling Laundry Sorter, Chrome $49.99
Sterilite Ultra Laundry Basket, {White|Gray} $5.97
+Rubbermaid Hip Hugger Laundry Basket, White $9.99
Household Essentials Mesh Laundry Bags, 3 Pack $7.99
Honey-Can-Do Folding Wood Clothes Drying Rack $24.99
+Polder Expandable Metal Clothes Drying Rack $39.99
+Mainstays Tripod Clothes Drying Rack, White $19.97
Whitmor Retractable Clothesline, 40 ft $12.99
CAT ironing boards @ Aisle 10 left
Mainstays T-Leg Ironing Board, Gray $19.97
+Household Essentials Tabletop Ironing Board, Gray $19.99
+Honey-Can-Do Ironing Board with Iron Rest, Blue Floral $39.99
Mainstays Ironing Board Cover and Pad, Standard, Gray $5.97
Household Essentials Over the Door Iron and Board Holder, White $14.99
CAT irons steamers @ Aisle 10 left
Rowenta Focus Steam Iron, 1725 Watt $79.99
+Black+Decker Light 'N Easy Compact Steam Iron $24.99
+Sunbeam Steam Master Iron $29.99
+Hamilton Beach Nonstick Steam Iron $22.99
Conair Turbo ExtremeSteam Handheld Garment Steamer $39.99
+Rowenta X-Cel Handheld Garment Steamer $49.99
+Conair Complete Steam Full Size Fabric Steamer $69.99

DEPT seasonal
CAT artificial christmas trees @ Seasonal
Holiday Time Pre-Lit Douglas Fir Artificial Christmas Tree, {6.5 ft:59.97|7.5 ft:89.97}, Clear Lights $59.97
+National Tree Company Pre-Lit Dunhill Fir Artificial Christmas Tree, 7.5 ft $299.99
+Puleo International Pre-Lit Fraser Fir Artificial Christmas Tree, 7.5 ft $249.99
+Wondershop Pre-Lit Slim Pencil Artificial Christmas Tree, 6 ft $80.00
+Holiday Time Unlit Tabletop Christmas Tree, 2 ft $9.97
CAT christmas ornaments @ Seasonal
Wondershop Shatterproof Ornament Set, 42 ct, {Red|Silver} $15.00
+Holiday Time Shatterproof Ball Ornaments, 24 ct, {Red|Blue} $9.97
+Hallmark Keepsake Ornament, Our First Christmas $17.99
Wondershop Tree Topper, Gold Star $15.00
Holiday Time Ornament Hooks, 200 ct $0.97
CAT holiday decor @ Seasonal
Holiday Time 100 ct Incandescent Mini Christmas Lights, {Clear|Multicolor} $2.97
+Wondershop 50 ct LED Wide Angle Christmas Lights, Warm White $10.00
+Gemmy Lightshow Christmas Projector, Snowflakes $29.99
Wondershop Knit Christmas Stocking, Red $10.00
+Holiday Time Faux Fur Christmas Tree Skirt, 48 in, White $14.97
+Wondershop Pre-Lit Artificial Wreath, 24 in $30.00
+National Tree Company Artificial Garland, 9 ft $29.99
+Holiday Time Electric Window Candles, 4 Pack $9.97
+Holiday Time Nativity Set, 11 Piece $29.97
Hyde & EEK! Boutique Light-Up Skeleton, 5 ft $40.00
Threshold Harvest Faux Pumpkin, {Small:10.00|Large:20.00}, White $10.00
CAT outdoor decor @ Seasonal
Mainstays Outdoor Chair Cushion, 19 x 19 in, Blue $9.97
+Arden Selections Outdoor Chaise Lounge Cushion, Tan $49.99
Better Homes & Gardens Outdoor Throw Pillow, 16 x 16 in, {Blue|Coral} $9.97
Mainstays Reversible Outdoor Rug, 5 x 7 ft, Blue/White $24.97
Better Homes & Gardens Solar Lantern, Black $14.97
"""

BATH_TOWEL = r"Bath Towel|Bath Sheet|Towel Set"
SCENTED = r"^(?!.*(Unscented|Taper)).*Candle"

QUESTIONS = [
    # bedding
    ("where are the queen sheets", ["sheets"], r"Queen"),
    ("king size comforter", ["comforters"], r"King"),
    ("do you have twin xl sheets for a dorm room", ["sheets"], r"Twin XL"),
    ("pillows", ["bed pillows", "throw pillows"], r"Pillow(?! Cover)"),
    ("where can i find a mattress topper", ["mattress toppers"], None),
    ("memory foam topper for a queen bed", ["mattress toppers"], r"Memory Foam.*Queen|TEMPUR-Adapt"),
    ("waterproof mattress cover", ["mattress pads protectors"], r"Waterproof Mattress|Encasement"),
    ("electric blanket", ["blankets throws"], r"Heated|Electric"),
    ("i need a weighted blanket", ["blankets throws"], r"Weighted"),
    ("duvet covers", ["duvet covers"], None),
    ("flannel sheets", ["sheets"], r"Flannel"),
    ("down comforter", ["comforters"], r"Down"),
    ("where are the quilts", ["quilts coverlets"], None),
    ("mypillow", ["bed pillows"], r"MyPillow"),
    # bath
    ("bath towels", ["bath towels"], BATH_TOWEL),
    ("where are the hand towels", ["bath towels"], r"Hand Towel|Towel Set"),
    ("bath mat", ["bath rugs"], None),
    ("shower curtain liner", ["shower curtains"], r"Liner"),
    ("shower curtain rings", ["shower rods rings"], r"Rings|Hooks"),
    ("tension rod for the shower", ["shower rods rings"], r"Shower Rod|Shower Curtain Rod"),
    ("soap dispenser for the bathroom", ["bath accessories"], r"Soap Pump|Accessory Set"),
    ("toilet paper holder", ["bath accessories"], r"Toilet Paper Holder"),
    ("do you sell bathroom scales", ["bath accessories"], r"Bathroom Scale"),
    ("shower caddy", ["bath accessories"], r"Caddy|Shower Tote"),
    # window
    ("blackout curtains", ["curtains", "blinds shades"], r"Blackout|Room Darkening|Light Blocking"),
    ("84 inch curtain panels", ["curtains"], r"84 in"),
    ("mini blinds", ["blinds shades"], r"Blind"),
    ("where are the curtain rods", ["curtain rods"], r"Rod"),
    # rugs
    ("8x10 area rug", ["area rugs"], r"8 x 10"),
    ("runner for my hallway", ["runner rugs"], r"Runner"),
    ("rug pad", ["rug pads"], r"Rug Pad|Gripper"),
    ("welcome mat for the front door", ["doormats"], r"Doormat"),
    # lighting
    ("table lamp", ["table lamps"], r"Table Lamp|Lamp Set"),
    ("lamp shade", ["lamp shades"], r"Shade"),
    ("string lights for my bedroom", ["string lights"], r"String Lights|Wire Lights|Strip Lights"),
    ("outdoor lights for the patio", ["string lights", "outdoor decor"], r"Outdoor Globe|Cafe|Solar"),
    # furniture
    ("5 shelf bookcase", ["bookcases shelves"], r"5-Shelf"),
    ("end table", ["accent tables"], r"End Table|Side Table"),
    ("nightstands", ["accent tables"], r"Nightstand"),
    ("bar stools", ["bar stools"], None),
    ("where are the office chairs", ["office chairs"], None),
    ("do you have futons", ["futons"], None),
    ("couch cover", ["slipcovers"], r"Sofa|Loveseat"),
    # storage
    ("storage bins with lids", ["storage bins baskets"], r"Storage (Box|Tote|Bin with Lid)"),
    ("cube organizer", ["cube storage"], None),
    ("wicker baskets", ["storage bins baskets"], r"Rattan|Seagrass|Hyacinth"),
    ("shoe rack", ["shoe storage"], None),
    ("under the bed storage", ["underbed storage"], None),
    ("garment rack", ["closet organizers"], r"Garment Rack"),
    # kitchen
    ("cast iron skillet", ["cookware"], r"Cast Iron Skillet"),
    ("pots and pans set", ["cookware"], r"Cookware Set"),
    ("9x13 baking dish", ["bakeware"], r"9 x 13"),
    ("corelle dishes", ["dinnerware"], r"Corelle"),
    ("coffee mugs", ["glassware drinkware"], r"Mug"),
    ("silverware", ["flatware"], r"Flatware|Forks|Teaspoons|Knives"),
    ("do you have keurigs", ["small appliances"], r"Keurig"),
    ("air fryer", ["small appliances"], r"Air Fryer"),
    ("crock pot", ["small appliances"], r"Slow Cooker|Crock-Pot|Instant Pot"),
    ("dish towels", ["kitchen table linens"], r"Kitchen Towels|Dish Towels|Dish Cloths"),
    ("tablecloth for a long table", ["kitchen table linens"], r"Tablecloth"),
    ("tupperware", ["food storage"], r"Food Storage|Container"),
    # decor
    ("5x7 picture frames", ["picture frames"], r"5 x 7"),
    ("full length mirror", ["mirrors"], r"Full Length|Floor Mirror"),
    ("fake plants", ["artificial plants"], None),
    ("throw pillows for the couch", ["throw pillows"], r"Throw Pillow|Pillow Cover"),
    # candles
    ("yankee candles", ["candles"], r"Yankee Candle"),
    ("tea lights", ["candles", "flameless candles"], r"Tealight"),
    ("reed diffuser", ["home fragrance"], r"Reed Diffuser"),
    ("wax melts", ["wax melts warmers"], r"Wax Cubes|Wax Melt"),
    # cleaning & laundry
    ("vacuum cleaner", ["vacuums"], r"Vacuum"),
    ("swiffer", ["mops brooms"], r"Swiffer"),
    ("laundry basket", ["laundry"], r"Laundry Basket|Hamper"),
    ("ironing board", ["ironing boards"], r"Ironing Board(?! Cover)"),
    ("garment steamer", ["irons steamers"], r"Steamer"),
    ("drying rack for clothes", ["laundry"], r"Drying Rack"),
    # seasonal
    ("artificial christmas tree", ["artificial christmas trees"], None),
    ("christmas ornaments", ["christmas ornaments"], r"Ornament(?! Hooks)"),
    # Spanish words in English questions
    ("where are the sábanas for a queen bed", ["sheets"], r"Queen"),
    ("do you have toallas de baño", ["bath towels"], BATH_TOWEL),
    ("i need cortinas for my living room", ["curtains"], r"Curtain Panel"),
    ("almohadas for the bed", ["bed pillows"], None),
    ("a nonstick sartén", ["cookware"], r"Nonstick Fry Pan|Nonstick Wok"),
    # price checks
    ("how much is the keurig k-mini", None, r"Keurig K-Mini", "price"),
    ("how much are the yankee candle large jars in balsam and cedar", None, r"Yankee Candle Large Jar Candle, Balsam", "price"),
    ("price of the shark navigator vacuum", None, r"Shark Navigator", "price"),
    ("how much is the 12 inch lodge cast iron skillet", None, r"Lodge Pre-Seasoned Cast Iron Skillet, 12 in", "price"),
    ("how much is the mainstays 5 shelf bookcase", None, r"Mainstays 5-Shelf Bookcase", "price"),
    ("what does the ninja air fryer cost", None, r"Ninja Air Fryer", "price"),
    ("how much for the threshold 400 thread count sheets in queen", None, r"Threshold 400 Thread Count Cotton Sheet Set, Queen", "price"),
    ("price on the dyson v8", None, r"Dyson V8", "price"),
    ("how much is a king size tempur-pedic cloud pillow", None, r"TEMPUR-Cloud Pillow, King", "price"),
    ("how much are the eclipse blackout curtains, the 84 inch ones", None, r"Eclipse Blackout Thermal Curtain Panel, 42 x 84", "price"),
    # stock checks
    ("is the 6 quart instant pot in stock", None, r"Instant Pot Duo 7-in-1 Pressure Cooker, 6 Quart", "stock"),
    ("do you have the sunbeam heated blanket in queen in stock", None, r"Sunbeam Heated Electric Blanket, Queen", "stock"),
    ("any bissell little green carpet cleaners in stock", None, r"Bissell Little Green", "stock"),
    ("is the kitchenaid stand mixer in empire red in stock", None, r"KitchenAid Artisan Stand Mixer.*Empire Red", "stock"),
    ("is the stanley quencher in rose quartz in stock", None, r"Stanley Quencher.*Rose Quartz", "stock"),
    ("do you have the capri blue volcano candle in stock", None, r"Capri Blue Volcano Signature Jar Candle", "stock"),
    ("is the 8x10 ruggable rug in stock", None, r"Ruggable Washable Area Rug, 8 x 10", "stock"),
    ("do you have the roomba in stock", None, r"iRobot Roomba", "stock"),
    # absent: things this store does not carry (many near misses)
    ("where are your mattresses", None, None, "absent"),
    ("i'm looking for a sectional sofa", None, None, "absent"),
    ("do you deliver furniture", None, None, "absent"),
    ("can someone come install my blinds", None, None, "absent"),
    ("bed frame for a queen bed", None, None, "absent"),
    ("dining room table and chairs", None, None, "absent"),
    ("crib sheets", None, None, "absent"),
    ("k cups for my keurig", None, None, "absent"),
    ("laundry detergent", None, None, "absent"),
    ("toilet paper", None, None, "absent"),
    ("paper plates", None, None, "absent"),
    ("do you sell real christmas trees", None, None, "absent"),
    ("live house plants", None, None, "absent"),
    ("microwave", None, None, "absent"),
    ("washer and dryer", None, None, "absent"),
    ("paint for my bedroom walls", None, None, "absent"),
    ("a dog bed", None, None, "absent"),
    ("light bulbs for my lamp", None, None, "absent"),
    ("computer desk", None, None, "absent"),
    ("wrapping paper", None, None, "absent"),
]

HELDOUT_B = [
    # other names
    ("duvet for a double bed", ["comforters", "duvet covers"], r"Full"),
    ("drapes for the living room", ["curtains"], r"Curtain Panel"),
    ("a throw for the sofa", ["blankets throws"], r"Throw"),
    ("bedspread", ["quilts coverlets", "comforters"], None),
    ("carpet for the living room", ["area rugs"], None),
    ("comforter cover", ["duvet covers"], None),
    ("non slip mat for the bathtub", ["bath rugs"], r"Bathtub Mat"),
    # British and Australian words
    ("doona", ["comforters"], None),
    ("hoover", ["vacuums"], r"Vacuum"),
    ("tea towels", ["kitchen table linens"], r"Kitchen Towels|Dish Towels"),
    ("cushions for my settee", ["throw pillows"], r"Throw Pillow|Pillow Cover"),
    ("a kitchen bin", ["trash cans"], r"Trash Can|13 Gallon"),
    ("fitted sheet for a double bed", ["sheets"], r"Full"),
    ("washing basket", ["laundry"], r"Laundry Basket|Hamper"),
    ("clothes horse", ["laundry"], r"Drying Rack"),
    ("flannels for the bathroom", ["bath towels"], r"Washcloth"),
    ("fairy lights", ["string lights", "holiday decor"], r"Fairy|Wire Lights|Curtain String|Mini Christmas Lights|LED Wide Angle"),
    ("electric jug", ["small appliances"], r"Kettle"),
    ("standard lamp", ["floor lamps"], None),
    ("net curtains", ["curtains"], r"Sheer|Voile"),
    # misspellings
    ("comfroter queen size", ["comforters"], r"Queen"),
    ("curtian rods", ["curtain rods"], r"Rod"),
    ("vaccum cleaner", ["vacuums"], r"Vacuum"),
    ("ironing bord", ["ironing boards"], r"Ironing Board(?! Cover)"),
    ("matress topper", ["mattress toppers"], None),
    ("yanky candle", ["candles"], r"Yankee Candle"),
    # needs
    ("something to keep my closet tidy", ["closet organizers", "hangers", "shoe storage", "storage bins baskets", "cube storage"], None),
    ("my pillow is too flat", ["bed pillows"], r"Pillow"),
    ("my mattress is too hard", ["mattress toppers"], None),
    ("the rug keeps sliding on the floor", ["rug pads"], None),
    ("the sun wakes me up too early", ["curtains", "blinds shades"], r"Blackout|Room Darkening|Light Blocking"),
    ("something to make the house smell nice", ["candles", "home fragrance", "wax melts warmers"], r"^(?!.*(Unscented|Taper))"),
    # who-for
    ("a gift for a housewarming", ["candles", "home fragrance", "vases planters", "picture frames", "throw pillows",
                                   "blankets throws", "artificial plants", "wall art", "kitchen table linens",
                                   "glassware drinkware", "wax melts warmers"], None),
    ("bedding for my son going off to college", ["sheets", "comforters"], r"Twin XL"),
    ("something for my wife who is always cold", ["blankets throws"], None),
    ("a chair for my husband's home office", ["office chairs"], None),
    ("my granddaughter wants one of those big stanley cups", ["glassware drinkware"], r"Stanley"),
    # Spanish words
    ("cobija for the bed", ["blankets throws"], r"Blanket"),
    ("plancha para la ropa", ["irons steamers"], r"Iron\b"),
    ("alfombra grande for the living room", ["area rugs"], r"8 x 10|7 x 10|5 x 8"),
    ("velas that smell good", ["candles"], SCENTED),
    # price / stock
    ("how much is the dyson v15", None, r"Dyson V15", "price"),
    ("price of the corelle 18 piece set", None, r"Corelle Winter Frost White Dinnerware Set, 18 Piece", "price"),
    ("is the barefoot dreams throw in stone in stock", None, r"Barefoot Dreams CozyChic Throw.*Stone", "stock"),
    # absent
    ("do you have a lift chair recliner", None, None, "absent"),
    ("air mattress for guests", None, None, "absent"),
    ("window air conditioner", None, None, "absent"),
    ("folding chairs for a party", None, None, "absent"),
    ("ceiling fan", None, None, "absent"),
    ("can you gift wrap this for me", None, None, "absent"),
]

FORCE_IN = [r"Instant Pot Duo 7-in-1 Pressure Cooker, 6 Quart", r"Sunbeam Heated Electric Blanket, Queen",
            r"Bissell Little Green", r"KitchenAid Artisan Stand Mixer.*Empire Red"]
FORCE_OOS = [r"Stanley Quencher.*Rose Quartz", r"Capri Blue Volcano Signature Jar Candle",
             r"Ruggable Washable Area Rug, 8 x 10", r"iRobot Roomba", r"Barefoot Dreams CozyChic Throw.*Stone"]

if __name__ == '__main__':
    run(CATALOG, QUESTIONS, 'homegoods', 'hg', 6611, force_oos=FORCE_OOS, force_in=FORCE_IN,
        heldout_b=HELDOUT_B, oos_share=0.08)
