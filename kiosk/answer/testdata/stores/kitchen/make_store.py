#!/usr/bin/env python3
"""Generates the blind4 kitchen & home goods store: catalog.csv + questions.jsonl."""
import sys
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..'))
from blindcommon import run

CATALOG = r"""
DEPT cookware
CAT skillets frying pans @ Aisle 1 left
Lodge Pre-Seasoned Cast Iron Skillet, {8 in.:19.90|10.25 in.:24.90|12 in.:34.90} $19.90
+T-fal Ultimate Hard Anodized Nonstick Fry Pan, {8 in.:24.99|10 in.:29.99|12 in.:39.99} $24.99
+All-Clad D3 Stainless Steel Fry Pan, {10 in.:119.95|12 in.:149.95} $119.95
+OXO Good Grips Non-Stick Pro Frying Pan, 10 in. $39.99
+Calphalon Classic Nonstick Omelette Pan Set, 8 in. & 10 in. $49.99
+Made In Carbon Steel Frying Pan, 10 in. $79.00
+GreenPan Valencia Pro Ceramic Nonstick Frypan, 11 in. $69.99
+Caraway Nonstick Ceramic Fry Pan, 10.5 in., {Cream|Sage|Navy} $95.00
Lodge Cast Iron Square Grill Pan, 10.5 in. $34.90
+Calphalon Classic Nonstick Square Grill Pan, 11 in. $44.99
Nordic Ware Nonstick Griddle, 2-Burner $39.99
Lodge Cast Iron Skillet Handle Holder, Red $5.99
CAT pots saucepans @ Aisle 1 left
Cuisinart Chef's Classic Stainless Saucepan with Cover, {1.5 qt:29.99|2 qt:34.99|3 qt:39.99} $29.99
+All-Clad D3 Stainless Steel Sauce Pan with Lid, 3 qt $179.95
Cuisinart Chef's Classic Stainless Stockpot with Cover, {8 qt:49.99|12 qt:69.99} $49.99
+Bayou Classic Stainless Steel Stockpot with Basket, 24 qt $79.99
Farberware Classic Stainless Steel Sauté Pan, 3 qt $39.99
+Calphalon Classic Nonstick Saute Pan with Lid, 5 qt $59.99
Le Creuset Signature Enameled Cast Iron Round Dutch Oven, {5.5 qt:420.00|7.25 qt:485.00}, {Flame|Marseille|Cerise} $420.00
+Lodge Enameled Cast Iron Dutch Oven, 6 qt, {Island Spice Red|Caribbean Blue} $79.90
+Staub Cast Iron Round Cocotte, 4 qt, Graphite Grey $299.95
Lodge Pre-Seasoned Cast Iron Wok, 14 in. $59.90
+Joyce Chen Carbon Steel Wok, 14 in. $39.99
Cuisinart Stainless Steel Pasta Pot with Strainer Insert, 8 qt $59.99
All-Clad Stainless Steel Double Boiler Insert, 3 qt $79.95
Hamilton Beach Stainless Steel Universal Steamer Basket $9.99
CAT cookware sets @ Aisle 1 right
T-fal Ultimate Hard Anodized Nonstick Cookware Set, 14 pc $179.99
+Cuisinart Multiclad Pro Stainless Steel Cookware Set, 12 pc $299.99
+Calphalon Classic Nonstick Cookware Set, 10 pc $199.99
+Caraway Nonstick Ceramic Cookware Set, 4 pc, {Cream|Sage} $395.00
+Farberware Millennium Nonstick Cookware Set, 15 pc $99.99
+All-Clad D3 Stainless Steel Cookware Set, 10 pc $699.95
Rachael Ray Cucina Nonstick Cookware Set, 12 pc, Agave Blue $129.99
CAT specialty cookware @ Aisle 1 right
Nordic Ware Aluminum Paella Pan, 15 in. $34.99
Fissler Vitaquick Pressure Cooker, 8.5 qt $229.95
+Presto Stovetop Pressure Canner, 23 qt $129.99
Ball Canning Jars, Regular Mouth, {Pint:14.99|Quart:16.99}, 12 ct $14.99
+Ball Canning Lids, Regular Mouth, 12 ct $4.49
Norpro Canning Essentials Tool Set, 6 pc $19.99
Bialetti Moka Express Stovetop Espresso Maker, {3 Cup:34.99|6 Cup:44.99} $34.99
Nordic Ware Microwave Egg Poacher $9.99
Nordic Ware Stovetop Smoker $69.99
Emile Henry Tagine, 3.7 qt $129.95
Lodge Cast Iron Aebleskiver Pan $39.90
Rachael Ray Nonstick Crepe Pan, 9.5 in. $29.99

DEPT bakeware
CAT bakeware @ Aisle 2 left
Nordic Ware Natural Aluminum Half Sheet Pan, {1 pk:19.99|2 pk:29.99} $19.99
+USA Pan Nonstick Quarter Sheet Pan $16.95
+Wilton Recipe Right Nonstick Cookie Sheet, 15 in. x 10 in. $9.99
Pyrex Easy Grab Glass Baking Dish, {8 in. x 8 in.:14.99|9 in. x 13 in.:19.99} $14.99
+Le Creuset Stoneware Rectangular Baker, 10 in. x 14 in., Flame $125.00
+CorningWare French White Oval Casserole Dish with Lid, 2.5 qt $29.99
Wilton Perfect Results Nonstick Muffin Pan, {6 Cup:14.99|12 Cup:19.99} $14.99
+Wilton Mini Muffin Pan, 24 Cup $16.99
USA Pan Nonstick Loaf Pan, 1 lb $17.95
+Pyrex Glass Loaf Pan, 1.5 qt $9.99
Wilton Round Cake Pan, {8 in.|9 in.} $9.99
+Nordic Ware Platinum Anniversary Bundt Pan, 10 Cup $38.00
+Wilton Springform Pan, 9 in. $16.99
+Wilton Angel Food Cake Pan, 10 in. $19.99
OXO Good Grips Glass Pie Plate, 9 in. $12.99
+Emile Henry Ruffled Pie Dish, 9 in., Red $54.95
Ramekins Porcelain Souffle Dishes, 4 oz, 6 pk $16.99
Wilton Cooling Rack, 3-Tier $19.99
Silpat Premium Non-Stick Silicone Baking Mat, Half Sheet $29.95
Reynolds Kitchens Parchment Paper, 60 sq. ft. $5.49
+If You Care Unbleached Parchment Baking Paper, 70 sq. ft. $6.49
Wilton Standard Baking Cups, {White|Rainbow}, 75 ct $3.49
Pizzacraft Cordierite Pizza Stone, 15 in. $39.99
+Lodge Cast Iron Pizza Pan, 14 in. $49.90
Nordic Ware Cast Aluminum Mini Bundt Pan $39.99
Williams Sonoma Goldtouch Nonstick Madeleine Pan $32.95
Wilton Donut Baking Pan, 6 Cavity $12.99
Chicago Metallic Popover Pan $24.99
Norpro Nonstick Tart Pan with Removable Bottom, 9 in. $14.99
Lodge Cast Iron Wedge Pan $29.90
CAT baking tools @ Aisle 2 right
OXO Good Grips Stainless Steel Measuring Cups, 4 pc $19.99
+OXO Good Grips Measuring Spoons, 4 pc $9.99
+Pyrex 3-Piece Glass Measuring Cup Set $24.99
+OXO Good Grips Angled Measuring Cup, 2 Cup $9.99
Pyrex Smart Essentials Mixing Bowl Set, 8 pc $29.99
+OXO Good Grips Stainless Steel Mixing Bowl Set, 3 pc $49.99
J.K. Adams Maple French Rolling Pin, 20 in. $21.95
+Farberware Classic Wood Rolling Pin $12.99
Wilton Decorating Tips Set, 12 pc $14.99
+Wilton Disposable Decorating Bags, 12 in., 12 ct $5.99
+Ateco Offset Icing Spatula, 9 in. $9.95
+Wilton Cake Turntable Decorating Stand $24.99
OXO Good Grips Baker's Dusting Wand $9.99
Norpro Stainless Steel Pastry Blender $8.99
OXO Good Grips Bench Scraper $10.99
Wilton Cookie Cutter Set, Holiday, 18 pc $9.99
Escali Primo Digital Kitchen Scale $29.95
+OXO Good Grips Stainless Steel Food Scale with Pull Out Display, 11 lb $59.99
Norpro Stainless Steel Flour Sifter, 3 Cup $14.99
Taylor Oven Thermometer $7.99
OXO Good Grips Silicone Pastry Brush $8.99
Wilton Sprinkles Rainbow Jimmies, 6.25 oz $5.99
+Wilton Color Right Gel Food Coloring Set $14.99
Nielsen-Massey Pure Vanilla Extract, 4 fl oz $15.99
Mrs. Anderson's Baking Pie Crust Weights $12.99
Ateco Cake Leveler $9.95
Kitchen Supply Cake Carrier with Lid $24.99
Banneton Bread Proofing Basket, 9 in. Round $19.99
Wilton Fondant Smoother $5.99

DEPT cutlery
CAT kitchen knives @ Counter
Wüsthof Classic Chef's Knife, {6 in.:135.00|8 in.:170.00} $135.00
+Victorinox Fibrox Pro Chef's Knife, 8 in. $55.00
+Shun Classic Chef's Knife, 8 in. $174.95
+Global G-2 Chef's Knife, 8 in. $129.95
+Henckels Solution Chef's Knife, 8 in. $49.99
Wüsthof Classic Paring Knife, 3.5 in. $85.00
+Victorinox Swiss Classic Paring Knife Set, 3 pc $24.99
Wüsthof Classic Bread Knife, 9 in. $160.00
+Mercer Culinary Millennia Bread Knife, 10 in. $19.99
Shun Classic Santoku Knife, 7 in. $164.95
+Victorinox Fibrox Pro Boning Knife, 6 in. $38.00
+Wüsthof Classic Carving Knife, 8 in. $150.00
+Shun Classic Nakiri Knife, 6.5 in. $159.95
+Wüsthof Classic Utility Knife, 5 in. $110.00
Henckels Statement Knife Block Set, 15 pc $149.99
+Wüsthof Classic Knife Block Set, 7 pc $549.95
+Cuisinart Advantage Color Knife Set, 12 pc $24.99
Henckels Steak Knife Set, 8 pc $59.99
Wüsthof Honing Steel, 9 in. $40.00
+Work Sharp Culinary E5 Electric Kitchen Knife Sharpener $149.95
+Chef'sChoice Manual Knife Sharpener 4643 $29.99
+King Whetstone Sharpening Stone, 1000/6000 Grit $39.99
Wüsthof Classic Kitchen Shears $39.95
+OXO Good Grips Poultry Shears $24.99
Cuisinart Bamboo Magnetic Knife Strip, 16 in. $29.99
+Knife Dock In-Drawer Knife Block $24.99
Cleaver Dexter Russell Chinese Chef's Knife, 8 in. $34.99
CAT cutting boards @ Aisle 3 left
John Boos Maple Edge Grain Cutting Board, {18 in. x 12 in.:89.95|24 in. x 18 in.:149.95} $89.95
+OXO Good Grips Plastic Cutting Board Set, 2 pc $24.99
+Epicurean Gourmet Series Cutting Board, 17.5 in. x 13 in. $49.95
+Totally Bamboo Cutting Board, 3 pc Set $29.99
+Farberware Flexible Cutting Mats, 4 pc $9.99
John Boos Mystery Oil Board Cream, 5 oz $12.99
+Howard Butcher Block Conditioner, 12 oz $10.99

DEPT kitchen tools
CAT kitchen utensils @ Aisle 3 left
OXO Good Grips Silicone Spatula Set, 3 pc $14.99
+GIR Ultimate Silicone Spatula, {Red|Black|Teal} $16.95
+OXO Good Grips Nylon Flexible Turner $8.99
+OXO Good Grips Stainless Steel Fish Turner $14.99
OXO Good Grips 12 in. Locking Tongs $14.99
+OXO Good Grips 9 in. Silicone Tongs $12.99
OXO Good Grips Balloon Whisk, 11 in. $10.99
+OXO Good Grips Flat Whisk, 10 in. $9.99
OXO Good Grips Nylon Ladle $8.99
+OXO Good Grips Slotted Spoon $8.99
+Le Creuset Revolution Bi-Material Spoon $24.95
Wooden Spoons Set by Totally Bamboo, 5 pc $14.99
OXO Good Grips Stainless Steel Colander, 5 qt $29.99
+OXO Good Grips Double Rod Fine Mesh Strainer, 8 in. $19.99
+Bellemain Micro-Perforated Colander, 5 qt $24.99
OXO Good Grips Potato Masher $12.99
OXO Good Grips Salad Spinner, Large $34.99
OXO Good Grips Silicone Basting Brush $9.99
Norpro Grip-EZ Mortar & Pestle $24.99
+Cole & Mason Derwent Salt & Pepper Mill Set $59.95
+OXO Good Grips Salt & Pepper Grinder Set $34.99
Norpro Stainless Steel Funnel Set, 3 pc $9.99
OXO Good Grips Kitchen Utensil Holder $19.99
Norpro Baster with Cleaning Brush $7.99
Frieling Splatter Screen, 13 in. $19.99
Joseph Joseph Duo Spoon Rest $9.99
CAT kitchen gadgets @ Aisle 3 right
OXO Good Grips Swivel Vegetable Peeler $9.99
+Kuhn Rikon Original Swiss Peeler, 3 pk $14.99
Microplane Classic Zester Grater $15.95
+OXO Good Grips Box Grater $24.99
OXO Good Grips Garlic Press $19.99
+Joseph Joseph Rocker Garlic Crusher $16.00
OXO Good Grips Can Opener, Smooth Edge $24.99
+Swing-A-Way Manual Can Opener $9.99
OXO Good Grips Jar Opener $10.99
OXO Good Grips Pizza Wheel $14.99
OXO Good Grips Classic Ice Cream Scoop $14.99
+OXO Good Grips Cookie Scoop, Medium $14.99
OXO Good Grips Citrus Juicer $14.99
+Chef'n FreshForce Citrus Press $24.99
OXO Good Grips Apple Divider $14.99
Mueller Pro-Series 10-Blade Mandoline Slicer $39.99
+OXO Good Grips Handheld Spiralizer $19.99
OXO Good Grips Herb Stripper $8.99
OXO Good Grips Egg Separator $6.99
OXO Good Grips Avocado Slicer $12.99
Norpro Meat Tenderizer Mallet $12.99
OXO Good Grips Cherry & Olive Pitter $14.99
OXO Good Grips Corn Stripper $12.99
Norpro Nutcracker $9.99
OXO Good Grips Bag Clips, 8 pk $9.99
CAT thermometers timers @ Aisle 3 right
ThermoWorks Thermapen ONE Instant Read Thermometer, {Red|Black|Blue} $109.00
+Taylor Digital Instant Read Thermometer $14.99
+Meater Plus Wireless Smart Meat Thermometer $99.95
+Polder Classic Digital Thermometer/Timer $24.99
+Taylor Candy & Deep Fry Thermometer $12.99
+Taylor Refrigerator/Freezer Thermometer $6.99
OXO Good Grips Triple Timer $19.99
+Taylor Mechanical Kitchen Timer, 60 Minute $8.99
CAT kitchen linens @ Aisle 4 left
KitchenAid Albany Kitchen Towels, 4 pk, {Charcoal|Red|Sage} $14.99
+Williams Sonoma Classic Striped Towels, 4 pk $29.95
+Zeppoli Classic Dish Cloths, 12 pk $16.99
+E-Cloth Kitchen Cleaning Cloths, 2 pk $14.99
KitchenAid Ribbed Soft Silicone Oven Mitt, {Charcoal|Red} $12.99
+OXO Good Grips Silicone Pot Holder $9.99
+Homwe Silicone Oven Mitts and Pot Holders, 4 pc $19.99
Hedley & Bennett Essential Apron, {Black|Navy} $75.00
+Williams Sonoma Classic Adult Apron, Stripe $29.95
Now Designs Basketweave Cotton Placemats, 4 pk, {Gray|Natural} $24.99
+Harman Stain Resistant Tablecloth, 60 in. x 84 in. $29.99
+Saro Lifestyle Linen Napkins, 4 pk $24.99
+Now Designs Spruce Table Runner, 72 in. $19.99

DEPT small appliances
CAT coffee makers @ Appliance Wall
Keurig K-Elite Single Serve Coffee Maker, {Brushed Silver|Matte Black} $169.99
+Keurig K-Mini Single Serve Coffee Maker, {Black|Dusty Rose} $89.99
+Ninja Specialty Coffee Maker CM401 $179.99
+Cuisinart 14-Cup Programmable Coffee Maker DCC-3200 $99.95
+Mr. Coffee 12 Cup Programmable Coffee Maker $39.99
+Breville Barista Express Espresso Machine BES870XL $699.95
+De'Longhi Stilosa Manual Espresso Machine $119.95
+Nespresso Vertuo Pop Coffee and Espresso Maker by De'Longhi $149.00
+Bodum Chambord French Press Coffee Maker, {34 oz:39.99|12 oz:29.99} $39.99
+Chemex Classic Series Pour-Over Glass Coffeemaker, 8 Cup $49.95
+Hario V60 Ceramic Coffee Dripper, Size 02 $26.00
+OXO Brew Cold Brew Coffee Maker $49.99
Baratza Encore Conical Burr Coffee Grinder $149.95
+KitchenAid Blade Coffee Grinder $39.99
Breville Milk Cafe Frother $129.95
+Zulay Handheld Milk Frother $14.99
Fellow Stagg EKG Electric Pour-Over Kettle $165.00
+Cuisinart PerfecTemp Cordless Electric Kettle, 1.7 L $99.95
+Hamilton Beach Electric Kettle, 1.7 L $29.99
Keurig My K-Cup Universal Reusable Coffee Filter $14.99
Melitta Cone Coffee Filters No. 4, 100 ct $4.99
+Mr. Coffee Basket Coffee Filters, 200 ct $3.99
Urnex Dezcal Coffee & Espresso Machine Descaler $12.99
CAT blenders mixers @ Appliance Wall
KitchenAid Artisan Series 5 qt Tilt-Head Stand Mixer, {Empire Red|Onyx Black|Silver|Aqua Sky} $449.99
+KitchenAid Classic Series 4.5 qt Tilt-Head Stand Mixer, White $329.99
+Hamilton Beach 6 Speed Hand Mixer $29.99
+KitchenAid 5 Speed Hand Mixer, {Empire Red|White} $69.99
KitchenAid Pasta Roller & Cutter Set Attachment $199.99
+KitchenAid Spiralizer Attachment $99.99
Vitamix 5200 Blender, 64 oz $449.95
+Ninja Professional Plus Blender BN701 $119.99
+NutriBullet Pro 900W Personal Blender $99.99
+Oster Classic Series Blender, 6 Cup $39.99
Cuisinart Smart Stick Hand Blender $39.95
+Braun MultiQuick 7 Immersion Hand Blender $99.99
Cuisinart Custom 14-Cup Food Processor $249.95
+Cuisinart Mini-Prep Plus Food Processor, 3 Cup $49.95
+Ninja Express Chop $24.99
Breville Juice Fountain Plus Juicer $149.95
CAT cooking appliances @ Appliance Wall
Instant Pot Duo 7-in-1 Electric Pressure Cooker, {3 qt:79.99|6 qt:99.99|8 qt:129.99} $99.99
+Ninja Foodi 9-in-1 Pressure Cooker and Air Fryer, 6.5 qt $199.99
Crock-Pot Manual Slow Cooker, {4.5 qt:34.99|7 qt:49.99} $34.99
+Hamilton Beach Programmable Slow Cooker, 6 qt $59.99
Ninja AF101 Air Fryer, 4 qt $99.99
+Cosori Pro LE Air Fryer, 5 qt $89.99
+Instant Vortex Plus 6 qt Air Fryer with ClearCook $119.99
Breville Smart Oven Air Fryer Pro $399.95
+Cuisinart Chef's Convection Toaster Oven $249.95
+Hamilton Beach Countertop Toaster Oven $49.99
Cuisinart Classic 2-Slice Toaster $39.95
+KitchenAid 4-Slice Toaster, {Empire Red|Contour Silver} $99.99
+Smeg 50's Retro Style 2-Slice Toaster, {Pastel Blue|Cream} $179.95
Cuisinart Griddler 5-in-1 Electric Griddle $129.95
+Presto Electric Griddle, 22 in. $49.99
Cuisinart Double Belgian Waffle Maker $99.95
+Dash Mini Waffle Maker, {Aqua|Red|Black} $12.99
Zojirushi Neuro Fuzzy Rice Cooker, 5.5 Cup $219.99
+Aroma Digital Rice Cooker, 8 Cup $34.99
Presto FryDaddy Electric Deep Fryer $39.99
Anova Precision Cooker Sous Vide $149.00
Cuisinart 1.5 qt Ice Cream Maker $69.99
West Bend Stir Crazy Popcorn Machine $44.99
Chefman Electric Panini Press Grill $39.99
Dash Rapid Egg Cooker $19.99
FoodSaver Vacuum Sealer Machine V4400 $179.99
+FoodSaver Vacuum Sealer Bags, Quart, 44 ct $14.99
Nostalgia Chocolate Fondue Fountain $49.99
Frigidaire Countertop Ice Maker, 26 lb $129.99
Elite Gourmet Electric Food Warmer Buffet Server $59.99
Hamilton Beach Breakfast Sandwich Maker $29.99
Euro Cuisine Yogurt Maker YM80 $39.99
Nostalgia Cotton Candy Machine $39.99
Presto Electric Skillet with Glass Cover, 16 in. $49.99

DEPT food storage
CAT food storage containers @ Aisle 4 right
Pyrex Simply Store Glass Food Storage Set, {10 pc:24.99|18 pc:39.99} $24.99
+Rubbermaid Brilliance Food Storage Containers, 22 pc $49.99
+Glasslock Oven Safe Glass Containers, 18 pc $44.99
+Snapware Total Solution Plastic Food Storage Set, 20 pc $19.99
+OXO Good Grips POP Container Set, 10 pc $179.99
+OXO Good Grips POP Container, {1.1 qt:16.99|2.6 qt:21.99|4.4 qt:26.99} $16.99
+Rubbermaid TakeAlongs Food Storage Containers, 40 pc $12.99
Bentgo Kids Lunch Box, {Blue|Purple} $32.99
+Bentgo Glass Meal Prep Containers, 3 Compartment, 4 pk $29.99
+PackIt Freezable Lunch Bag, {Black|Floral} $24.99
Mason Craft & More Glass Spice Jars with Labels, 24 pk $29.99
+Spicy Shelf Deluxe Expandable Spice Rack $29.99
+Kamenstein Revolving Countertop Spice Rack with 20 Spices $39.99
Progressive ProKeeper Flour Container $24.99
OXO Good Grips Butter Dish $16.99
Prepworks Herb Keeper $19.99
Brabantia Bread Bin, Matte Black $59.99
iDesign Linus Fridge Bins, 6 pc $34.99
+Rubbermaid FreshWorks Produce Saver, Medium $14.99
iDesign Clear Egg Holder, 21 Egg $14.99
Ball Wide Mouth Glass Mason Jars, 32 oz, 4 pk $12.99
Zevro Indispensable Dry Food Dispenser, Double $29.99
CAT wraps bags @ Aisle 4 right
Stasher Reusable Silicone Storage Bag, {Half Gallon|Sandwich} $13.99
Ziploc Storage Bags, Gallon, 75 ct $9.99
+Ziploc Freezer Bags, Quart, 54 ct $7.99
Glad Press'n Seal Plastic Wrap, 70 sq. ft. $5.99
+Reynolds Wrap Aluminum Foil, 75 sq. ft. $6.49
Bee's Wrap Reusable Beeswax Food Wraps, 3 pk $18.00
Reynolds Kitchens Slow Cooker Liners, 4 ct $4.49

DEPT tabletop
CAT dinnerware @ Aisle 5 left
Corelle Winter Frost White Dinnerware Set, {16 pc:59.99|18 pc:64.99} $59.99
+Gibson Home Soho Lounge Stoneware Dinnerware Set, 16 pc $59.99
+Mikasa Delray Bone China Dinnerware Set, 40 pc $249.99
+Stone Lain Celina Stoneware Dinnerware Set, 16 pc, {Gray|Blue} $79.99
Corelle Winter Frost White Dinner Plates, 10.25 in., 6 pk $34.99
+Fiesta Dinner Plate, 10.5 in., {Turquoise|Scarlet|White} $16.99
Corelle Winter Frost White Soup/Cereal Bowls, 18 oz, 6 pk $29.99
+DOWAN Ceramic Pasta Bowls, 30 oz, 4 pk $39.99
+Fiesta Cereal Bowl, 19 oz, Turquoise $14.99
Mikasa French Countryside Serving Platter, 14 in. $34.99
+Le Creuset Stoneware Serving Bowl, 3 qt $60.00
+Mud Pie Wooden Charcuterie Board with Knives $39.99
Emile Henry Butter Pot $39.95
Nora Fleming Cake Stand with Dome $49.99
Godinger Gravy Boat $24.99
Fiesta Coffee Mug, 15 oz, {Turquoise|Scarlet} $15.99
CAT flatware @ Aisle 5 left
Oneida Aptitude 18/10 Stainless Steel Flatware Set, 20 pc $59.99
+Lenox Portola 18/10 Flatware Set, 65 pc $199.99
+Gibson Home Silverware Set, 20 pc, Matte Black $29.99
+Hiware Gold Flatware Set, 20 pc $39.99
Oneida Serving Utensil Set, 5 pc $24.99
Chopsticks Fiberglass Reusable, 10 Pairs $9.99
Simple Houseware Silverware Drawer Organizer $19.99
CAT glassware barware @ Aisle 5 right
Libbey Classic Drinking Glasses, 16 oz, 8 pk $24.99
+Bormioli Rocco Rock Bar Double Old Fashioned Glasses, 6 pk $19.99
+Libbey Heavy Base Highball Glasses, 8 pk $19.99
Riedel Vinum Cabernet/Merlot Wine Glasses, 2 pk $65.00
+Schott Zwiesel Tritan Pure Red Wine Glasses, 6 pk $79.99
+Libbey Vina Stemless Wine Glasses, 4 pk $19.99
+Libbey Signature Kentfield Champagne Flutes, 4 pk $24.99
Libbey Craft Brews Pint Glasses, 4 pk $19.99
Libbey Glass Water Pitcher, 2 qt $16.99
+Brita Everyday Water Filter Pitcher, 10 Cup $34.99
+Brita Standard Replacement Water Filters, 3 pk $19.99
Mikasa Margarita Glasses, 4 pk $29.99
Oneida Beer Mug, 18 oz, 4 pk $29.99
CAT bar tools @ Aisle 5 right
Riedel Wine Decanter, 34 oz $49.95
OXO Steel Cocktail Shaker $24.99
+Cocktail Kingdom Japanese Jigger $14.00
+Mixology & Craft Bartender Kit, 10 pc $34.99
Rabbit Original Lever Corkscrew $49.99
+Oster Cordless Electric Wine Bottle Opener $19.99
+Pulltap's Double-Hinged Waiter's Corkscrew $9.99
Vacu Vin Wine Saver Pump with 2 Stoppers $14.99
Tovolo King Cube Silicone Ice Cube Trays, 2 pk $14.99
+OXO Good Grips Covered Ice Cube Tray $12.99
Whiskey Stones Soapstone Chilling Rocks, 9 pk $19.99
Oggi Double Wall Ice Bucket with Tongs $29.99
Thirstystone Sandstone Coasters, 4 pk $12.99
JK Adams Countertop Wine Rack, 6 Bottle $24.99
CAT drinkware @ Aisle 6 left
Yeti Rambler 14 oz Mug with MagSlider Lid, {Black|Navy} $30.00
+Contigo West Loop Stainless Steel Travel Mug, 20 oz $24.99
+Zojirushi Stainless Steel Travel Mug, 16 oz $34.99
+Ember Mug 2 Temperature Control Smart Mug, 10 oz $129.95
+Owala FreeSip Insulated Stainless Steel Water Bottle, 24 oz, {Shy Marshmallow|Denim} $27.99
+Stanley Quencher H2.0 FlowState Tumbler, 30 oz, {Fog|Rose Quartz} $35.00
+Thermos Stainless King Vacuum Insulated Food Jar, 16 oz $29.99
+Thermos Funtainer Kids Water Bottle with Straw, 12 oz $16.99
Threshold Stoneware Coffee Mugs, 16 oz, 4 pk $19.99
+Bodum Pavina Double Wall Glass Mugs, 2 pk $24.99
Mason Jar Drinking Glasses with Lids and Straws, 4 pk $19.99
Hiware Reusable Stainless Steel Straws with Cleaning Brush, 12 pk $7.99
Takeya Cold Brew Iced Tea Maker, 2 qt $29.99
CAT coffee tea @ Aisle 6 right
Primula Cast Iron Teapot, 40 oz $39.99
+Hario Glass Teapot with Infuser, 24 oz $29.99
+Le Creuset Classic Whistling Tea Kettle, 1.7 qt, Flame $110.00
+OXO Brew Classic Tea Kettle, 2 qt $39.99
Finum Stainless Steel Tea Infuser Basket $9.99
Matcha Bamboo Whisk & Bowl Set $19.99
Mindful Design Coffee Canister, Airtight, Stainless $24.99
Umite Chef Coffee Pod Drawer Holder, 36 K-Cups $24.99

DEPT cleaning & laundry
CAT kitchen cleaning @ Aisle 7 left
Dawn Ultra Dishwashing Liquid Dish Soap, Original, {19.4 fl oz:3.99|56 fl oz:9.99} $3.99
+Seventh Generation Dish Liquid Soap, Free & Clear, 19 fl oz $4.49
+Mrs. Meyer's Clean Day Liquid Dish Soap, {Lemon Verbena|Basil}, 16 fl oz $4.99
Cascade Platinum Plus Dishwasher Detergent ActionPacs, {36 ct:14.99|62 ct:22.99} $14.99
+Finish Quantum Dishwasher Detergent Tablets, 64 ct $19.99
Finish Jet-Dry Rinse Aid, 8.45 oz $6.99
Affresh Dishwasher Cleaner Tablets, 6 ct $9.99
Scrub Daddy Original Scratch-Free Sponge, 3 ct $9.99
+Scotch-Brite Heavy Duty Scrub Sponges, 6 pk $6.99
+OXO Good Grips Soap Dispensing Dish Brush $9.99
+Full Circle Bubble Up Bottle Brush $8.99
+Lodge Chainmail Scrubber for Cast Iron $14.90
Bar Keepers Friend Cleanser & Polish, 21 oz $3.49
+Weiman Stainless Steel Cleaner & Polish, 12 oz $7.99
+Easy-Off Professional Fume Free Oven Cleaner, 24 oz $7.49
+Weiman Cooktop Cleaner Kit $12.99
simplehuman Steel Frame Dish Rack $89.99
+OXO Good Grips Over-the-Sink Dish Rack $49.99
+Dish Drying Mat, Microfiber, 18 in. x 24 in. $9.99
Mrs. Meyer's Clean Day Hand Soap, {Lemon Verbena|Lavender}, 12.5 fl oz $4.99
Rubbermaid Reveal Spray Mop $29.99
CAT trash cans @ Aisle 7 right
simplehuman Rectangular Step Can, {45 L:129.99|58 L Dual Compartment Recycler:199.99}, Brushed Stainless $129.99
+iTouchless SensorCan Touchless Trash Can, 13 gal $79.99
+Rubbermaid Step-On Wastebasket, 11.25 gal $34.99
+simplehuman Round Bathroom Step Can, 4.5 L $44.99
Glad ForceFlex Tall Kitchen Trash Bags, 13 gal, 80 ct $16.99
+simplehuman Code H Custom Fit Liners, 20 ct $9.99
Full Circle Compost Collector, 1 gal $24.99
CAT laundry @ Aisle 8 left
Tide Original Liquid Laundry Detergent, {64 fl oz:12.99|92 fl oz:17.99} $12.99
+Tide PODS Laundry Detergent Pacs, Spring Meadow, 42 ct $14.99
+Gain Original Liquid Laundry Detergent, 88 fl oz $13.99
Downy Ultra Fabric Softener, April Fresh, 56 fl oz $8.99
+Bounce Dryer Sheets, Outdoor Fresh, 160 ct $8.99
+Woolzies Wool Dryer Balls, 6 pk $16.99
OxiClean Versatile Stain Remover Powder, 3 lb $9.99
+Shout Advanced Stain Remover Gel, 8.7 oz $4.99
Brabantia Wall Fixed Drying Rack $49.99
+Honey-Can-Do Collapsible Clothes Drying Rack $29.99
Rubbermaid Laundry Basket, {1.5 Bushel|Hip Hugger} $9.99
+Honey-Can-Do Canvas Laundry Hamper with Lid $29.99
Polder Mesh Laundry Bags, 3 pk $9.99
Brabantia Ironing Board, 49 in. x 15 in. $89.99
+Hamilton Beach Durathon Steam Iron $34.99
+Conair Turbo ExtremeSteam Handheld Garment Steamer $49.99
+Faultless Spray Starch, 20 oz $3.49
Gleener Ultimate Fuzz Remover $24.99
+Scotch-Brite Lint Roller, 3 pk $9.99
Whitmor Laundry Sorter, 3 Section $39.99
Downy Unstopables In-Wash Scent Booster Beads, 10 oz $12.99

DEPT bath
CAT bath towels @ Aisle 9 left
Threshold Performance Bath Towel, {White|Gray|Navy|Sage} $12.00
+Brooklinen Super-Plush Bath Towel Set, 4 pc, {White|Graphite} $89.00
+Utopia Towels Bath Sheets, 2 pk, White $29.99
Threshold Performance Hand Towel, {White|Gray|Navy} $7.00
+Threshold Performance Washcloth, 2 pk, White $5.00
Turkish Cotton Beach Towel, Cabana Stripe, {Blue|Yellow} $24.99
Threshold Bath Rug, 20 in. x 34 in., {Gray|White|Navy} $15.00
+Gorilla Grip Memory Foam Bath Mat, {Gray|Beige} $19.99
+Bamboo Shower Mat, Non-Slip $24.99
CAT bath accessories @ Aisle 9 right
Threshold Fabric Shower Curtain, 72 in. x 72 in., {White Waffle|Gray Stripe} $20.00
+mDesign PEVA Shower Curtain Liner, Clear $7.99
+Maytex Rustproof Shower Curtain Hooks, 12 pk $8.99
+Zenna Home Rustproof Tension Shower Curtain Rod, 72 in. $24.99
simplehuman Hands-Free Toilet Brush & Holder $39.99
+OXO Good Grips Toilet Plunger with Holder $24.99
+Umbra Step Toilet Paper Holder Stand, Black $29.99
mDesign Bathroom Countertop Organizer $19.99
+Umbra Touch Soap Dispenser, White $14.99
+Threshold Ceramic Toothbrush Holder $8.00
+Umbra Venti Soap Dish $9.99
simplehuman Tension Shower Caddy, Stainless $139.99
+Kenney Rust-Resistant Hanging Shower Caddy $19.99
Slip-X Solutions Bath Tub Mat, Extra Long $19.99
Honey-Can-Do Over the Toilet Storage Shelf $49.99
EatSmart Precision Digital Bathroom Scale $24.99
Taymor Suction Shower Mirror, Fogless $19.99
Bamboo Bathtub Caddy Tray $34.99
Threshold Plush Bath Robe, {S/M|L/XL}, White $30.00
Waterpik PowerSpray Handheld Shower Head $34.99

DEPT bedding
CAT sheets @ Aisle 10 left
Threshold 400 Thread Count Solid Performance Sheet Set, {Twin:35.00|Full:40.00|Queen:45.00|King:55.00}, White $45.00
+Brooklinen Luxe Sateen Core Sheet Set, {Queen|King}, White $169.00
+Casaluna Washed Linen Solid Sheet Set, Queen, {Sage|White} $120.00
+Mellanni Brushed Microfiber Sheet Set, {Queen|King}, Gray $39.99
+Jersey Knit Cotton Sheet Set, Twin XL, Heather Gray $29.99
Threshold Pillowcase Set, Standard, White, 2 pk $15.00
CAT comforters pillows @ Aisle 10 right
Linenspa All-Season Down Alternative Comforter, {Twin:29.99|Queen:39.99|King:49.99}, White $39.99
+Threshold Cotton Quilt, {Full/Queen|King}, Ivory $60.00
+Casaluna Duvet Cover Set, {Full/Queen|King}, Washed Linen Natural $110.00
+Bedsure Reversible Comforter Set, Queen, Gray, 3 pc $45.99
Beckham Hotel Collection Gel Pillow, {Standard/Queen|King}, 2 pk $39.99
+Coop Home Goods Original Adjustable Pillow, Queen $79.99
+Tempur-Pedic TEMPUR-Cloud Pillow, Queen $99.00
+Leesa Body Pillow $59.00
Linenspa 2 in. Gel Infused Memory Foam Mattress Topper, {Twin|Queen|King} $59.99
+Utopia Bedding Quilted Fitted Mattress Pad, {Queen|King} $24.99
+SafeRest Waterproof Mattress Protector, Queen $29.99
Bedsure Fleece Throw Blanket, 50 in. x 60 in., {Gray|Cream|Sage} $19.99
+YnM Weighted Blanket, 15 lb, 48 in. x 72 in. $59.99
+Sunbeam Heated Electric Blanket, Queen $79.99

DEPT storage & organization
CAT storage organization @ Aisle 11 left
Sterilite 66 qt Latching Storage Box, Clear, 6 pk $59.99
+Iris USA Weathertight Storage Bin, 62 qt $19.99
+Rubbermaid Roughneck Storage Tote, 18 gal $14.99
Brightroom Fabric Storage Cube Bin, {Gray|Natural|Black} $6.00
+Brightroom 6-Cube Organizer Shelf, White $49.99
mDesign Plastic Pantry Storage Bins, 4 pk $29.99
+Lazy Susan Turntable Organizer, 2 pk $19.99
+YouCopia ShelfSteps Tiered Can Organizer $24.99
+Expandable Kitchen Cabinet Shelf Organizer, 2 pk $19.99
+Seville Classics Pull-Out Cabinet Drawer Organizer $39.99
The Container Store Acrylic Drawer Organizers, 4 pc $24.99
Zober Velvet Non-Slip Clothes Hangers, 50 pk $29.99
+Amazon Basics Plastic Clothes Hangers, 30 pk $12.99
+Whitmor Wooden Suit Hangers, 10 pk $19.99
Whitmor Over the Door Shoe Organizer, 24 Pocket $19.99
+Seville Classics 3-Tier Stackable Shoe Rack $24.99
Honey-Can-Do Under Bed Storage Bag, 2 pk $19.99
+Spacesaver Vacuum Storage Bags, 6 pk $29.99
Umbra Flex Bamboo Adjustable Drawer Organizer $29.99
Command Large Utility Hooks, 4 pk $8.99
Simple Houseware 2-Tier Sliding Basket Organizer $29.99
Elfa Over the Door Pantry Rack $69.99
Honey-Can-Do Rolling Utility Cart, 3 Tier $34.99
Steel Pegboard Kitchen Wall Organizer $39.99
Umbra Trigem Jewelry Organizer Stand $24.99
Honey-Can-Do Adjustable Closet Rod $19.99

DEPT home decor
CAT candles home fragrance @ Aisle 12 left
Yankee Candle Large Jar Candle, {Balsam & Cedar|Clean Cotton|Pink Sands|Midsummer's Night} $31.99
+Chesapeake Bay Candle 3-Wick Candle, {Mahogany Teakwood|Eucalyptus Spearmint} $26.50
+Voluspa Baltic Amber Classic Candle, 9.5 oz $32.00
+Threshold Unscented Pillar Candle, {3 in. x 4 in.|3 in. x 6 in.}, White $5.00
+Candle-lite Unscented Tealight Candles, 50 ct $7.99
+Luminara Flameless LED Pillar Candle, 4 in. x 5 in. $34.99
Asakuki Essential Oil Diffuser, 500 ml $29.99
+Nest New York Reed Diffuser, Bamboo, 5.9 fl oz $48.00
+Febreze Air Mist Freshener, Linen & Sky, 8.8 oz $4.99
Yankee Candle Wax Melts, {Pink Sands|Clean Cotton}, 6 ct $3.99
+Yankee Candle Ceramic Wax Melt Warmer $24.99
Bic Multi-Purpose Candle Lighter $4.99
+Candle Snuffer & Wick Trimmer Set $15.99
CAT home decor @ Aisle 12 right
Threshold Ceramic Vase, {Small|Large}, White $15.00
+Threshold Faux Eucalyptus Stems, 3 pk $10.00
+Threshold Faux Potted Fiddle Leaf Fig, 4 ft. $60.00
Threshold Woven Decorative Throw Pillow, 18 in. x 18 in., {Cream|Rust|Blue} $20.00
+Pinzon Down Alternative Pillow Insert, 18 in. x 18 in. $12.99
Gallery Solutions Picture Frame, {5 in. x 7 in.:12.99|8 in. x 10 in.:16.99|11 in. x 14 in.:24.99}, Black $12.99
+Threshold Gallery Wall Frame Set, 7 pc $59.99
Umbra Hub Round Wall Mirror, 24 in., Black $99.99
+Threshold Full Length Floor Mirror, 65 in. x 22 in. $89.99
Threshold Decorative Wood Tray, Natural $25.00
+Mud Pie Wooden Bead Garland $19.99
Hearth & Hand Farmhouse Wall Clock, 18 in. $34.99
Threshold Woven Seagrass Basket, {Small|Large} $20.00
Mohawk Home Doormat, Welcome Stripe, 18 in. x 30 in. $19.99
Bookends Heavy Duty Metal, Black, 2 pk $12.99
CAT seasonal entertaining @ Seasonal
Wondershop Ceramic Christmas Cookie Platter, 12 in. $15.00
+Wondershop Christmas Kitchen Towels, 2 pk $10.00
+Wilton Christmas Tree Cookie Cutter Set, 4 pc $6.99
+Spritz Halloween Ceramic Serving Bowl $12.00
+Lenox Holiday Dinner Plates, 4 pk $79.99
Libbey Glass Punch Bowl Set, 18 pc $39.99
Cuisinart Electric Knife for Carving $39.95
Reynolds Kitchens Oven Bags, Turkey Size, 2 ct $3.99
+Granite Ware Covered Oval Roaster, 19 in. $39.99
+Circulon Nonstick Roasting Pan with Rack, 17 in. x 13 in. $59.99
OXO Good Grips Turkey Baster $9.99
Hefty EZ Foil Roaster Pans, 3 ct $7.49
Chafing Dish Buffet Set, Stainless, 8 qt $49.99
Dixie Ultra Paper Plates, 10 in., 90 ct $11.99
+Solo Plastic Party Cups, 16 oz, 50 ct $5.99
+Hefty Disposable Plastic Cutlery Set, 48 ct $4.99
+Vanity Fair Napkins, 2-Ply, 100 ct $4.49
Igloo Party Bucket Beverage Tub $19.99
"""


QUESTIONS = [
    # plain locate
    ("cast iron skillet", ["skillets frying pans"], "cast iron skillet"),
    ("a pan for eggs", ["skillets frying pans"], "nonstick|non-stick|omelette"),
    ("where are the pots and pans sets", ["cookware sets"], None),
    ("dutch oven", ["pots saucepans"], "dutch oven|cocotte"),
    ("cookie sheets", ["bakeware"], "sheet pan|cookie sheet"),
    ("9x13 baking dish", ["bakeware"], "9 in. x 13 in."),
    ("measuring cups", ["baking tools"], "measuring cup"),
    ("chef's knife", ["kitchen knives"], "chef's knife"),
    ("knife set with the block", ["kitchen knives"], "block set"),
    ("knife sharpener", ["kitchen knives"], "sharpen|honing|whetstone"),
    ("cutting board", ["cutting boards"], "cutting (board|mats)"),
    ("where are your spatulas", ["kitchen utensils"], "spatula|turner"),
    ("colander", ["kitchen utensils"], "colander|strainer"),
    ("meat thermometer", ["thermometers timers"], "instant read|meat thermometer|thermapen|digital thermometer"),
    ("dish towels", ["kitchen linens"], "kitchen towels|striped towels|dish cloths"),
    ("coffee maker", ["coffee makers"], "coffee ?maker|Coffee and Espresso Maker"),
    ("stand mixer", ["blenders mixers"], "stand mixer"),
    ("blender", ["blenders mixers"], "blender(?! hand)"),
    ("food processor", ["blenders mixers"], "food processor|chop"),
    ("air fryer", ["cooking appliances"], "air fryer"),
    ("instant pot", ["cooking appliances"], "Instant Pot"),
    ("slow cooker", ["cooking appliances"], "slow cooker"),
    ("rice cooker", ["cooking appliances"], "rice cooker"),
    ("tupperware", ["food storage containers"], "container|storage set"),
    ("plates", ["dinnerware"], "plate|dinnerware set"),
    ("silverware", ["flatware"], "flatware|silverware"),
    ("wine glasses", ["glassware barware"], "wine glass"),
    ("dish soap", ["kitchen cleaning"], "dish(washing)? (liquid|soap)"),
    ("dishwasher pods", ["kitchen cleaning"], "dishwasher detergent"),
    ("kitchen trash can", ["trash cans"], "step can|trash can|wastebasket"),
    ("laundry detergent", ["laundry"], "laundry detergent"),
    ("bath towels", ["bath towels"], "bath towel|bath sheet"),
    ("shower curtain", ["bath accessories"], "shower curtain(?! (hooks|rod))"),
    ("queen sheets", ["sheets"], "queen"),
    ("pillows for sleeping", ["comforters pillows"], "pillow(?!case)"),
    ("throw blanket", ["comforters pillows"], "throw blanket|weighted blanket"),
    ("candles", ["candles home fragrance"], "^(?!.*(Warmer|Wax Melt|Lighter|Snuffer)).*candle"),
    # brand-only
    ("le creuset", ["pots saucepans", "bakeware", "kitchen utensils", "dinnerware", "coffee tea"], "Le Creuset"),
    ("kitchenaid", ["blenders mixers", "cooking appliances", "kitchen linens", "coffee makers"], "KitchenAid"),
    ("do you carry oxo", ["skillets frying pans", "kitchen utensils", "kitchen gadgets", "bar tools", "baking tools", "food storage containers", "thermometers timers", "kitchen cleaning", "kitchen linens", "cutting boards", "coffee makers", "glassware barware", "kitchen knives", "bakeware", "bath accessories", "seasonal entertaining", "coffee tea"], "OXO"),
    ("vitamix", ["blenders mixers"], "Vitamix"),
    ("lodge", ["specialty cookware", "skillets frying pans", "pots saucepans", "bakeware", "kitchen cleaning"], "Lodge"),
    ("pyrex", ["bakeware", "baking tools", "food storage containers"], "Pyrex"),
    ("yankee candle", ["candles home fragrance"], "Yankee Candle"),
    ("simplehuman", ["trash cans", "kitchen cleaning", "bath accessories"], "simplehuman"),
    ("wusthof", ["kitchen knives"], "Wüsthof"),
    ("keurig", ["coffee makers"], "Keurig"),
    # misspellings
    ("cusinart", ["coffee makers", "blenders mixers", "cooking appliances", "pots saucepans", "cookware sets", "kitchen knives", "seasonal entertaining"], "Cuisinart"),
    ("colender", ["kitchen utensils"], "colander|strainer"),
    ("spatchula", ["kitchen utensils"], "spatula|turner"),
    ("cassarole dish", ["bakeware"], "casserole|baking dish|baker"),
    ("expresso machine", ["coffee makers"], "espresso machine|espresso maker"),
    ("ninja blendr", ["blenders mixers"], "Ninja.*Blender"),
    ("comforter king size", ["comforters pillows"], "comforter.*king"),
    ("mandolin slicer", ["kitchen gadgets"], "mandoline"),
    ("garlick press", ["kitchen gadgets"], "garlic"),
    ("tea kettel", ["coffee tea", "coffee makers"], "kettle"),
    ("wisk", ["kitchen utensils"], "whisk"),
    # spoken / needs
    ("something to keep my coffee hot at my desk", ["drinkware"], "Ember|Rambler|Travel Mug|Tumbler|Double Wall"),
    ("um do you guys have like the thing you put the knives on the wall with a magnet", ["kitchen knives"], "magnetic knife strip"),
    ("i need something to get the burnt stuff off my stainless pans", ["kitchen cleaning"], "Bar Keepers Friend|Scrub|Sponge|Chainmail"),
    ("what do i cook the turkey in for thanksgiving", ["seasonal entertaining"], "roast|oven bags"),
    ("my knives are all dull", ["kitchen knives"], "sharpen|honing|whetstone"),
    ("something to keep bread fresh", ["food storage containers"], "bread"),
    ("i want to make my own pasta", ["blenders mixers"], "pasta"),
    ("a thing to cut pizza", ["kitchen gadgets"], "pizza wheel"),
    ("what can i pack my kid's lunch in", ["food storage containers"], "lunch"),
    ("yeah hi where would i find stuff to organize my pantry", ["storage organization"], "pantry|can organizer|turntable|lazy susan|shelf organizer"),
    ("i need to know when my steak is done", ["thermometers timers"], "meat|instant read|thermapen|digital thermometer"),
    ("my towels come out of the dryer stiff", ["laundry"], "softener|dryer sheets|dryer balls"),
    ("something to put my spices in", ["food storage containers"], "spice"),
    ("for making smoothies every morning", ["blenders mixers"], "blender(?! hand)"),
    ("my back hurts from my old mattress, something to put on top", ["comforters pillows"], "topper|mattress pad"),
    # Spanish-speaking shoppers' English
    ("where is the sartén for fry eggs", ["skillets frying pans"], "nonstick|non-stick|omelette|fry pan|frypan|frying pan"),
    ("the olla for cook the rice", ["cooking appliances"], "rice cooker"),
    ("the machine for make coffee", ["coffee makers"], "coffee maker|espresso machine"),
    ("you have the towels for the bath, the toallas", ["bath towels"], "^(?!.*Beach).*(towel|bath sheet)"),
    ("the sábanas for bed queen size", ["sheets"], "queen"),
    ("where i find the cuchillos for the kitchen", ["kitchen knives"], "^(?!.*(Sharpener|Strip|Dock)).*(knife|knives)"),
    ("the licuadora, for make juice and shakes", ["blenders mixers"], "blender(?! hand)|juicer"),
    ("how much cost the instant pot of 6 quarts", None, r"Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 qt", "price"),
    ("the jabón for wash the dishes", ["kitchen cleaning"], "dish(washing)? (liquid|soap)"),
    ("where are the vasos for drink water", ["glassware barware"], "drinking glasses|highball|old fashioned|pint glasses"),
    # price
    ("how much is the 12 inch lodge skillet", None, r"Lodge Pre-Seasoned Cast Iron Skillet, 12 in\.", "price"),
    ("price on the kitchenaid artisan mixer in red", None, r"KitchenAid Artisan .*Empire Red", "price"),
    ("what does the vitamix 5200 cost", None, r"Vitamix 5200", "price"),
    ("how much is the ninja air fryer, the 4 quart one", None, r"Ninja AF101", "price"),
    ("breville barista express price", None, r"Breville Barista Express", "price"),
    ("how much are the dawn big bottles, the 56 ounce", None, r"Dawn Ultra .*56 fl oz", "price"),
    ("price for the wusthof 8 inch chef knife", None, r"Wüsthof Classic Chef's Knife, 8 in\.", "price"),
    ("threshold sheet set king how much", None, r"Threshold 400 Thread Count .*King", "price"),
    ("how much is the 5.5 quart le creuset dutch oven in the orange, flame", None, r"Le Creuset Signature .*5\.5 qt, Flame", "price"),
    # stock
    ("is the thermapen one in red in stock", None, r"Thermapen ONE .*Red", "stock"),
    ("do you have the keurig k-mini in black", None, r"Keurig K-Mini .*Black", "stock"),
    ("any of the stanley 30 oz in rose quartz left", None, r"Stanley Quencher .*Rose Quartz", "stock"),
    ("is the smeg toaster in blue in stock", None, r"Smeg .*Pastel Blue", "stock"),
    ("do you have the cuisinart 14 cup food processor in stock", None, r"Cuisinart Custom 14-Cup Food Processor", "stock"),
    ("is the john boos board the big one in stock", None, r"John Boos .*24 in\. x 18 in\.", "stock"),
    ("got the brooklinen luxe sheets in queen", None, r"Brooklinen Luxe Sateen Core Sheet Set, Queen", "stock"),
    ("do you have the ember mug in stock", None, r"Ember Mug", "stock"),
    # absent
    ("do you sell microwaves", None, None, "absent"),
    ("a new dishwasher", None, None, "absent"),
    ("queen mattress", None, None, "absent"),
    ("window curtains for the living room", None, None, "absent"),
    ("propane gas grill", None, None, "absent"),
    ("a bottle of red wine", None, None, "absent"),
    ("vacuum cleaner", None, None, "absent"),
    ("area rug 8x10", None, None, "absent"),
    ("outdoor pizza oven", None, None, "absent"),
    ("bag of coffee beans", None, None, "absent"),
    ("baby bottles", None, None, "absent"),
    ("light bulbs", None, None, "absent"),
    ("christmas tree", None, None, "absent"),
    ("kitchen faucet", None, None, "absent"),
    ("dining room table and chairs", None, None, "absent"),
    ("a sofa", None, None, "absent"),
    ("deep freezer", None, None, "absent"),
    ("bread machine", None, None, "absent"),
    ("robot vacuum", None, None, "absent"),
    ("knife sharpening service", None, None, "absent"),
]

FORCE_OOS = [r"Thermapen ONE .*Red", r"Smeg .*Pastel Blue", r"John Boos .*24 in\. x 18 in\.", r"Ember Mug"]
FORCE_IN = [r"Keurig K-Mini .*Black", r"Stanley Quencher .*Rose Quartz", r"Cuisinart Custom 14-Cup Food Processor", r"Brooklinen Luxe Sateen Core Sheet Set, Queen"]

if __name__ == '__main__':
    qs = [(t[0], t[1], t[2], t[3] if len(t) > 3 else None) for t in QUESTIONS]
    run(CATALOG, qs, 'kitchen', 'kt', 4403, FORCE_OOS, FORCE_IN)
