#!/usr/bin/env python3
"""Generates the variety store (a dollar / discount variety store like Dollar General or Family
Dollar): catalog.csv, questions.jsonl and questions-heldout-b.jsonl. Written blind to the engine."""
import sys
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__file__), '..'))
from blindcommon import run

CATALOG = r"""
DEPT cleaning & laundry
CAT laundry detergent @ Aisle 1 left
Tide Original Liquid Laundry Detergent, 46 oz $12.95
+Tide PODS Original Laundry Detergent Pacs, 16 ct $5.95
+Gain Original Liquid Laundry Detergent, 46 oz $9.95
+Arm & Hammer Clean Burst Liquid Laundry Detergent, 100 oz $11.95
+Purex Liquid Laundry Detergent, Mountain Breeze, 75 oz $6.50
+Xtra Liquid Laundry Detergent, Tropical Passion, 75 oz $4.50
+DG Home Liquid Laundry Detergent, Free & Clear, 100 oz $6.00
Fels-Naptha Laundry Bar Soap, 5 oz $1.75
CAT laundry care @ Aisle 1 right
Downy Ultra Liquid Fabric Softener, April Fresh, 51 oz $6.95
+Snuggle Liquid Fabric Conditioner, Blue Sparkle, 48 oz $4.50
Bounce Dryer Sheets, Outdoor Fresh, 80 ct $6.95
+DG Home Dryer Sheets, Spring Meadow, 120 ct $3.95
Clorox Regular Bleach, 81 oz $5.50
+Clorox Splash-Less Bleach, Lemon, 40 oz $3.50
OxiClean Versatile Stain Remover Powder, 3 lb $8.95
+Shout Triple-Acting Laundry Stain Remover Spray, 22 oz $4.50
Downy Unstopables In-Wash Scent Booster Beads, Fresh, 10 oz $8.95
Faultless Spray Starch, Original, 20 oz $2.50
CAT household cleaners @ Aisle 2 left
Clorox Disinfecting Wipes, {Lemon Fresh, 35 ct:3.95|Lemon Fresh, 75 ct:6.50|Fresh Scent, 75 ct:6.50} $3.95
Lysol Disinfectant Spray, Crisp Linen, 12.5 oz $6.95
Lysol All-Purpose Cleaner, Lemon Breeze, 32 oz $3.95
Windex Original Glass Cleaner, 23 oz $3.95
+DG Home Glass Cleaner, 32 oz $1.50
Pine-Sol Multi-Surface Cleaner, Original, 48 oz $5.95
+Fabuloso Multi-Purpose Cleaner, Lavender, 56 oz $4.25
Scrubbing Bubbles Bathroom Grime Fighter Spray, 32 oz $4.50
Comet Cleanser Powder with Bleach, 21 oz $1.50
+Bar Keepers Friend Cleanser & Polish Powder, 12 oz $2.75
Clorox Toilet Bowl Cleaner with Bleach, 24 oz $2.95
Easy-Off Heavy Duty Oven Cleaner, 14.5 oz $5.95
Drano Max Gel Clog Remover, 32 oz $6.95
CAT dish care @ Aisle 2 right
Dawn Ultra Dishwashing Liquid, Original, {7 oz:1.50|19.4 oz:3.25|28 oz:4.50} $1.50
+Palmolive Essential Clean Dish Liquid, Original, 20 oz $2.50
+Gain Ultra Dishwashing Liquid, Original, 21.6 oz $3.25
+DG Home Dish Soap, Lemon, 24 oz $1.25
Cascade Complete ActionPacs Dishwasher Detergent, 22 ct $6.95
+Finish Powerball Dishwasher Detergent Tabs, 26 ct $6.95
Finish Jet-Dry Rinse Aid, 8.45 oz $4.95
CAT pest control @ Aisle 2 right
Raid Ant & Roach Killer Spray, 17.5 oz $5.95
+Raid Flying Insect Killer Spray, 15 oz $5.95
Combat Max Roach Killing Bait Stations, 8 ct $6.95
+Terro Liquid Ant Baits, 6 ct $5.50
Victor Original Mouse Traps, 4 pk $3.95
d-CON Bait Station, 1 Station $6.95
CAT cleaning tools @ Aisle 3 left
Scotch-Brite Heavy Duty Scrub Sponges, 3 ct $2.95
+DG Home Non-Scratch Scrub Sponges, 6 ct $1.50
Mr. Clean Magic Eraser Original, 2 ct $2.95
Libman Precision Angle Broom with Dustpan $9.00
Libman Wonder Mop $12.00
+Swiffer Sweeper Dry Sweeping Cloths, 16 ct $4.95
+Swiffer Sweeper Wet Mopping Cloths, Open-Window Fresh, 12 ct $5.50
Playtex Living Reusable Rubber Gloves, Medium $3.95
DG Home Toilet Bowl Brush with Caddy $3.00
+DG Home Toilet Plunger $4.00
DG Home Microfiber Cleaning Cloths, 6 ct $4.00
CAT air fresheners @ Aisle 3 left
Glade Aerosol Room Spray, {Clean Linen|Hawaiian Breeze}, 8 oz $1.75
+Febreze Air Effects Air Freshener, Linen & Sky, 8.8 oz $4.50
Glade PlugIns Scented Oil Starter Kit, Clean Linen $4.95
+Glade PlugIns Scented Oil Refills, Clean Linen, 2 ct $6.95
Renuzit Adjustable Gel Air Freshener, Lavender, 7 oz $1.25
Febreze Fabric Refresher, Original, 16.9 oz $4.95

DEPT paper & plastics
CAT paper towels & napkins @ Aisle 3 right
Bounty Select-A-Size Paper Towels, {2 Double Rolls:4.95|6 Double Rolls:12.95} $4.95
+Sparkle Pick-A-Size Paper Towels, 6 Double Rolls $7.95
+Brawny Tear-A-Square Paper Towels, 2 Double Rolls $4.50
+DG Home Paper Towels, 6 Rolls $5.50
Vanity Fair Everyday Napkins, 120 ct $3.95
+DG Home Lunch Napkins, 250 ct $2.50
CAT toilet paper & tissues @ Aisle 3 right
Charmin Ultra Soft Toilet Paper, {4 Mega Rolls:6.95|12 Mega Rolls:17.95} $6.95
+Angel Soft Toilet Paper, 12 Double Rolls $7.95
+Cottonelle Ultra Clean Toilet Paper, 6 Mega Rolls $8.95
+DG Home Bath Tissue, 12 Double Rolls $5.95
Cottonelle Flushable Wipes, 42 ct $3.50
Kleenex Trusted Care Facial Tissues, 144 ct $2.25
+Puffs Plus Lotion Facial Tissues, 124 ct $2.50
+DG Home Facial Tissues, 160 ct $1.00
CAT trash bags @ Aisle 4 left
Hefty Ultra Strong Tall Kitchen Trash Bags, {Lavender|Unscented}, 13 gal, 20 ct $6.95
+Glad ForceFlex Tall Kitchen Drawstring Trash Bags, 13 gal, {20 ct:7.50|40 ct:12.95} $7.50
+DG Home Tall Kitchen Trash Bags, 13 gal, 50 ct $6.00
+Hefty Strong Multipurpose Large Trash Bags, 30 gal, 18 ct $6.50
+DG Home Contractor Bags, 42 gal, 20 ct $9.00
+Glad Small Kitchen Trash Bags, 4 gal, 26 ct $3.50
CAT disposable tableware @ Aisle 4 left
Dixie Everyday Paper Plates, 8.5 in., 48 ct $4.50
+DG Home Paper Plates, 9 in., 100 ct $2.95
+Hefty Everyday Foam Plates, 8.88 in., 50 ct $3.50
Solo Red Plastic Party Cups, 18 oz, 50 ct $6.50
+DG Home Foam Cups, 16 oz, 51 ct $2.95
+Dixie To Go Hot Cups with Lids, 12 oz, 14 ct $4.25
DG Home Heavy Duty Plastic Cutlery Combo, 48 ct $1.75
DG Home Flexible Straws, 150 ct $1.25

DEPT kitchen
CAT food storage @ Aisle 4 right
Ziploc Seal Top Storage Bags, Gallon, 19 ct $4.25
+Ziploc Freezer Bags, Gallon, 14 ct $4.25
+Ziploc Sandwich Bags, 90 ct $3.95
+DG Home Sandwich Bags, 150 ct $1.50
+DG Home Zipper Storage Bags, Gallon, 20 ct $2.00
Rubbermaid TakeAlongs Food Storage Containers, 2.9 Cup, 4 pk $4.95
+Ziploc Twist 'n Loc Containers, Small, 3 pk $3.95
+DG Home Plastic Food Storage Containers with Lids, 10 pc $5.00
CAT foil & wraps @ Aisle 4 right
Reynolds Wrap Aluminum Foil, {30 sq ft:2.95|75 sq ft:5.95} $2.95
+Reynolds Wrap Heavy Duty Aluminum Foil, 50 sq ft $5.50
+DG Home Aluminum Foil, {25 sq ft:1.25|75 sq ft:3.50} $1.25
Glad ClingWrap Plastic Food Wrap, 100 sq ft $3.25
+Saran Premium Plastic Wrap, 100 sq ft $4.25
Reynolds Cut-Rite Wax Paper, 75 sq ft $3.25
+Reynolds Kitchens Parchment Paper, 45 sq ft $4.50
CAT kitchen tools @ Aisle 5 left
Good Cook Classic Can Opener $5.00
Good Cook Measuring Cups, 4 pc $3.00
Good Cook Nylon {Turner|Slotted Spoon} $2.50
Good Cook Vegetable Peeler $2.50
Farberware Chef Knife, 8 in. $5.00
Good Cook Plastic Cutting Board, 11 x 14 in. $4.00
Good Cook Colander, 5 qt $4.00
DG Home Kitchen Towels, 2 ct $3.00
Good Cook Quilted Oven Mitt $3.00
Brita Standard Replacement Water Filters, 2 ct $12.95
CAT cookware & bakeware @ Aisle 5 left
Good Cook Nonstick Frying Pan, {8 in.:6.00|10 in.:9.00} $6.00
+Good Cook Nonstick Saucepan with Lid, 2 qt $10.00
+DG Home Aluminum Stock Pot with Lid, 8 qt $12.00
Good Cook Nonstick Cookie Sheet, 15 x 10 in. $4.00
+Good Cook Nonstick Muffin Pan, 12 Cup $5.00
+Good Cook Nonstick Oblong Cake Pan, 13 x 9 in. $6.00
Handi-Foil Cook-N-Carry Oblong Pans with Lids, 3 ct $4.00
Wilton Standard Baking Cups, White, 75 ct $2.00
CAT dinnerware & drinkware @ Aisle 5 right
DG Home Plastic Tumbler, 22 oz, {Blue|Clear} $1.00
DG Home Ceramic Coffee Mug, 14 oz, White $2.00
DG Home Stoneware {Dinner Plate, 10.5 in.:3.00|Cereal Bowl, 6 in.:2.50}, White $3.00
DG Home Insulated Tumbler with Straw, 30 oz, Black $8.00
Contigo Autoseal Travel Mug, 16 oz $12.00
DG Home Stainless Steel Flatware Set, 20 pc $10.00

DEPT home
CAT home decor @ Aisle 5 right
Trueliving Picture Frame, {4 x 6 in.:3.00|5 x 7 in.:4.00|8 x 10 in.:5.00}, Black $3.00
Trueliving Artificial Flower Bush, {Rose|Hydrangea} $2.00
Trueliving Jar Candle, {Clean Linen|French Vanilla|Apple Cinnamon}, 11 oz $4.00
+Trueliving Unscented Tealight Candles, 24 ct $2.50
+Trueliving LED Flameless Candles, 3 ct $6.00
Trueliving Decorative Throw Pillow, 18 x 18 in., Gray $7.00
Trueliving Round Wall Mirror, 12 in. $6.00
CAT storage & organization @ Aisle 6 left
Sterilite Storage Box with Lid, {16 qt:3.95|32 qt:7.95}, Clear $3.95
+Sterilite 18 Gallon Tuff Tote, Black $7.95
+Sterilite 3 Drawer Mini Desktop Unit $7.95
Sterilite Ultra Laundry Basket, White $5.95
Trueliving Fabric Storage Bin, 11 in., {Gray|Navy} $4.00
DG Home Plastic Hangers, {White|Black}, 10 ct $2.95
DG Home Over-the-Door Shoe Organizer $6.00
DG Home Wastebasket, 13 qt $2.00
+Sterilite 13 Gallon Swing Top Trash Can, White $12.95
CAT bath & bedding @ Aisle 6 right
DG Home Bath Towel, 27 x 52 in., {White|Gray} $4.00
+DG Home Hand Towel, {White|Gray} $2.50
+DG Home Washcloths, 4 pk $2.00
DG Home PEVA Shower Curtain Liner, 70 x 72 in., Clear $2.50
+DG Home Shower Curtain Rings, 12 ct $1.50
DG Home Memory Foam Bath Mat, Gray $5.00
Trueliving Bed Pillow, Standard $5.00
DG Home Fleece Throw Blanket, 50 x 60 in. $7.00
DG Home Microfiber Sheet Set, {Twin:12.00|Queen:16.00} $12.00

DEPT food & drinks
CAT chips & snacks @ Aisle 7 left
Lay's Potato Chips, {Classic|Barbecue}, 7.75 oz $5.00
+Doritos Nacho Cheese Tortilla Chips, 9.25 oz $5.00
+Cheetos Crunchy Cheese Flavored Snacks, 8 oz $5.00
+Pringles Original Potato Crisps, 5.2 oz $2.50
+Clover Valley Kettle Cooked Potato Chips, Sea Salt, 8 oz $2.50
+Tostitos Original Restaurant Style Tortilla Chips, 12 oz $5.00
Rold Gold Tiny Twists Pretzels, 16 oz $4.00
Orville Redenbacher's Microwave Popcorn, Butter, 3 ct $3.50
Planters Salted Peanuts, 16 oz $4.50
Jack Link's Original Beef Jerky, 2.85 oz $6.50
+Slim Jim Original Smoked Meat Sticks, 10 ct $6.00
CAT cookies & crackers @ Aisle 7 right
Oreo Chocolate Sandwich Cookies, 13.29 oz $4.50
+Chips Ahoy! Original Chocolate Chip Cookies, 13 oz $4.50
+Clover Valley Vanilla Creme Sandwich Cookies, 15 oz $1.75
Little Debbie {Oatmeal Creme Pies, 12 ct|Honey Buns, 6 ct} $3.00
Ritz Original Crackers, 13.7 oz $4.50
+Nabisco Premium Saltine Crackers, 16 oz $4.00
+Cheez-It Original Baked Snack Crackers, 12.4 oz $5.00
Honey Maid Honey Graham Crackers, 14.4 oz $4.50
CAT candy @ Aisle 8 left
M&M'S Peanut Chocolate Candy, Sharing Size, 10.7 oz $5.00
Reese's Milk Chocolate Peanut Butter Cups, 2 ct, 1.5 oz $1.50
Hershey's Milk Chocolate Bar, 1.55 oz $1.50
Snickers Chocolate Candy Bar, 1.86 oz $1.50
+Kit Kat Crisp Wafers in Milk Chocolate, 1.5 oz $1.50
Skittles Original Candy, Sharing Size, 15.6 oz $5.00
+Sour Patch Kids Soft & Chewy Candy, 8 oz $3.50
+Twizzlers Twists Strawberry Licorice Candy, 16 oz $3.50
Jolly Rancher Original Flavors Hard Candy, 7 oz $3.50
+Brach's Peppermint Starlight Mints, 10 oz $3.00
+Werther's Original Hard Caramel Candy, 5.5 oz $3.50
CAT soda & water @ Aisle 8 right
Coca-Cola Original Taste Soda, {2 L:2.75|12 pk, 12 oz Cans:7.95} $2.75
+Pepsi Cola Soda, 2 L $2.75
+Dr Pepper Soda, 2 L $2.75
+Sprite Lemon-Lime Soda, 2 L $2.75
+Clover Valley Ginger Ale, 2 L $1.25
Nestle Pure Life Purified Water, 16.9 oz, 24 pk $5.50
+Clover Valley Drinking Water, 1 gal $1.25
Capri Sun Juice Drink, Pacific Cooler, 10 pk $4.25
+Hawaiian Punch Fruit Juicy Red, 1 gal $4.00
+Clover Valley 100% Apple Juice, 64 oz $2.50
CAT canned goods @ Aisle 9 left
Campbell's Condensed {Chicken Noodle:1.50|Tomato:1.25} Soup, 10.75 oz $1.50
Chef Boyardee Beef Ravioli, 15 oz $1.75
Clover Valley {Cut Green Beans, 14.5 oz|Whole Kernel Corn, 15.25 oz|Sweet Peas, 15 oz|Diced Tomatoes, 14.5 oz} $1.00
Bush's Best Original Baked Beans, 16 oz $2.25
StarKist Chunk Light Tuna in Water, 5 oz $1.50
+Swanson Premium White Chunk Chicken Breast in Water, 12.5 oz $4.50
+Armour Star Vienna Sausage, Original, 4.6 oz $0.95
+Spam Classic, 12 oz $4.25
Hormel Chili with Beans, 15 oz $2.75
CAT pasta rice & sides @ Aisle 9 left
Kraft Original Macaroni & Cheese Dinner, 7.25 oz $1.50
+Clover Valley Macaroni & Cheese Dinner, 7.25 oz $0.75
Maruchan Ramen Noodle Soup, Chicken, 3 oz $0.35
+Nissin Cup Noodles, Chicken, 2.25 oz $0.65
Barilla Spaghetti, 16 oz $1.95
+Clover Valley Elbow Macaroni, 16 oz $1.00
Prego Traditional Italian Sauce, 24 oz $3.25
Mahatma Extra Long Grain Enriched White Rice, 2 lb $2.75
Idahoan Buttery Homestyle Mashed Potatoes, 4 oz $1.50
CAT breakfast & cereal @ Aisle 9 right
Kellogg's Frosted Flakes Cereal, 13.5 oz $4.50
+Cheerios Original Cereal, 8.9 oz $4.25
+Honey Nut Cheerios Cereal, 10.8 oz $4.50
Quaker Old Fashioned Oats, 18 oz $3.95
+Quaker Instant Oatmeal, Maple & Brown Sugar, 10 ct $3.95
Pop-Tarts Frosted Strawberry Toaster Pastries, 8 ct $3.25
Pearl Milling Company Original Pancake & Waffle Mix, 32 oz $3.50
+Mrs. Butterworth's Original Syrup, 24 oz $3.50
CAT coffee & tea @ Aisle 9 right
Folgers Classic Roast Ground Coffee, 25.9 oz $13.95
+Maxwell House Original Roast Ground Coffee, 11.5 oz $6.95
+Folgers Classic Roast Instant Coffee, 8 oz $7.95
+Folgers Classic Roast K-Cup Pods, 12 ct $7.50
Coffee-mate Original Powdered Coffee Creamer, 11 oz $3.50
Lipton Black Tea Bags, 100 ct $4.95
+Luzianne Iced Tea Bags, Family Size, 24 ct $3.95
Swiss Miss Milk Chocolate Hot Cocoa Mix, 8 ct $2.50
Clover Valley Basket Coffee Filters, 200 ct $1.50
CAT baking & condiments @ Aisle 9 right
Domino Granulated Sugar, 4 lb $3.95
Gold Medal All-Purpose Flour, 5 lb $3.50
Betty Crocker Super Moist Yellow Cake Mix, 13.25 oz $1.95
+Betty Crocker Rich & Creamy Chocolate Frosting, 16 oz $2.25
Crisco Pure Vegetable Oil, 48 oz $5.50
Heinz Tomato Ketchup, 32 oz $3.95
+Hellmann's Real Mayonnaise, 30 oz $5.95
Jif Creamy Peanut Butter, 16 oz $3.25
+Welch's Concord Grape Jelly, 30 oz $3.50
Morton Iodized Salt, 26 oz $1.25
CAT cold drinks @ Cooler
Coca-Cola Original Taste Soda, 20 oz Bottle $2.29
+Pepsi Cola Soda, 20 oz Bottle $2.29
Red Bull Energy Drink, 8.4 oz $3.29
+Monster Energy Drink, Original, 16 oz $3.29
Gatorade Thirst Quencher, {Fruit Punch|Cool Blue}, 28 oz $2.50
Dasani Purified Water, 20 oz Bottle $1.75
AriZona Green Tea with Ginseng and Honey, 22 oz $1.25
CAT dairy & frozen @ Cooler
Clover Valley Whole Milk, 1 Gallon $4.25
+Clover Valley 2% Reduced Fat Milk, 1 Gallon $4.25
Clover Valley Grade A Large White Eggs, 12 ct $2.95
Kraft Singles American Cheese Slices, 16 ct $3.95
+Clover Valley Shredded Mild Cheddar Cheese, 8 oz $2.50
Land O Lakes Salted Butter, 4 Sticks, 16 oz $5.50
Coffee-mate French Vanilla Liquid Coffee Creamer, 32 oz $4.50
Pillsbury Grands! Southern Homestyle Buttermilk Biscuits, 8 ct $3.00
Clover Valley Vanilla Ice Cream, 48 oz $3.50
+Popsicle Ice Pops, Cherry Orange Grape, 12 ct $3.95
Totino's Pepperoni Party Pizza, 9.8 oz $1.95
Eggo Homestyle Waffles, 10 ct $3.50
CAT gum & mints @ Front Counter
Extra Spearmint Sugarfree Gum, 15 ct $1.50
+Trident Sugar Free Gum, Original, 14 ct $1.50
+Wrigley's Doublemint Chewing Gum, 15 ct $1.50
Altoids Classic Peppermint Mints, 1.76 oz $3.25
+Tic Tac Freshmint Mints, 1 oz $1.75

DEPT health
CAT pain relief @ Aisle 10 left
Tylenol Extra Strength Caplets, 500 mg, 24 ct $6.95
+DG Health Extra Strength Acetaminophen Caplets, 500 mg, 100 ct $4.00
Advil Ibuprofen Tablets, 200 mg, 50 ct $9.50
+DG Health Ibuprofen Tablets, 200 mg, 100 ct $4.00
+Aleve Naproxen Sodium Caplets, 220 mg, 24 ct $6.95
+Bayer Low Dose Aspirin Regimen, 81 mg, 120 ct $6.50
+Excedrin Extra Strength Headache Relief Caplets, 24 ct $6.50
+Goody's Extra Strength Headache Powders, 6 ct $1.75
Icy Hot Original Pain Relieving Cream, 1.25 oz $5.95
Children's Tylenol Pain + Fever Oral Suspension, Cherry, 4 oz $8.95
CAT cold & flu @ Aisle 10 left
Vicks DayQuil Cold & Flu Relief LiquiCaps, 16 ct $9.95
+Vicks NyQuil Cold & Flu Relief Liquid, Original, 8 oz $9.95
Vicks VapoRub Ointment, 1.76 oz $6.50
Halls Cherry Cough Drops, 30 ct $2.25
Robitussin Maximum Strength Cough + Chest Congestion DM, 4 oz $9.95
+Mucinex 12 Hour Chest Congestion Expectorant Tablets, 20 ct $12.95
Zyrtec 24 Hour Allergy Relief Tablets, Cetirizine 10 mg, 14 ct $12.95
+DG Health Allergy Relief Loratadine Tablets, 10 mg, 30 ct $4.00
+Benadryl Allergy Ultratabs, 24 ct $5.50
CAT digestive health @ Aisle 10 left
Pepto-Bismol Original Liquid, 8 oz $6.50
Tums Extra Strength Antacid Chewable Tablets, Assorted Fruit, 48 ct $4.50
+Alka-Seltzer Original Effervescent Tablets, 24 ct $5.50
Imodium A-D Anti-Diarrheal Caplets, 12 ct $6.95
MiraLAX Laxative Powder, 7 Doses $8.95
CAT first aid @ Aisle 10 right
Band-Aid Flexible Fabric Adhesive Bandages, Assorted, 30 ct $4.50
+DG Health Adhesive Bandages, Assorted, 60 ct $1.50
Neosporin Original First Aid Antibiotic Ointment, 0.5 oz $6.95
+DG Health Triple Antibiotic Ointment, 1 oz $3.00
Swan Hydrogen Peroxide 3%, 32 oz $1.25
+Swan Isopropyl Rubbing Alcohol 70%, 16 oz $1.25
Johnson & Johnson First Aid To Go Mini Kit, 12 pc $2.50
DG Health Gauze Pads, 3 x 3 in., 10 ct $2.00
+Nexcare Durable Cloth First Aid Tape, 1 in. x 10 yd $3.50
Cortizone-10 Maximum Strength Hydrocortisone Anti-Itch Cream, 1 oz $5.95
Q-tips Cotton Swabs, 500 ct $5.50
+DG Health Jumbo Cotton Balls, 100 ct $1.50
CAT vitamins & supplements @ Aisle 10 right
Centrum Adult Multivitamin Tablets, 65 ct $11.95
+One A Day Women's Multivitamin Tablets, 60 ct $9.95
Nature Made Vitamin D3 2000 IU Softgels, 100 ct $8.95
+DG Health Vitamin C 500 mg Tablets, 100 ct $3.50
+Emergen-C Vitamin C Drink Mix, Super Orange, 10 ct $5.50
DG Health Melatonin 5 mg Tablets, 60 ct $3.50
Ensure Original Nutrition Shake, Milk Chocolate, 6 pk $11.95
CAT health aids @ Aisle 10 right
Foster Grant Reading Glasses, {+1.50|+2.00|+2.50} $6.00
Visine Original Redness Relief Eye Drops, 0.5 oz $5.95
DG Health Digital Thermometer $4.00
Ezy Dose 7-Day Pill Organizer, Large $3.50
Depend Fit-Flex Incontinence Underwear for Women, Maximum, Large, 17 ct $13.95
Trojan ENZ Lubricated Condoms, 12 ct $9.95

DEPT personal care & beauty
CAT oral care @ Aisle 11 left
Colgate Cavity Protection Fluoride Toothpaste, Great Regular Flavor, 6 oz $1.95
+Crest 3D White Whitening Toothpaste, Radiant Mint, 3.8 oz $4.50
+Sensodyne Fresh Mint Sensitive Toothpaste, 4 oz $6.95
Colgate Extra Clean Full Head Toothbrush, Medium, 4 ct $3.95
+Oral-B Healthy Clean Toothbrush, Soft, 2 ct $2.50
Listerine Cool Mint Antiseptic Mouthwash, 1 L $6.95
DG Health Mint Waxed Dental Floss, 100 yd $1.00
Polident 3 Minute Denture Cleanser Tablets, 40 ct $3.95
+Fixodent Original Denture Adhesive Cream, 2.4 oz $5.95
CAT hair care @ Aisle 11 left
Suave Essentials {Shampoo|Conditioner}, Ocean Breeze, 30 oz $2.50
+Head & Shoulders Classic Clean Dandruff Shampoo, 13.5 oz $6.95
+Pantene Pro-V Daily Moisture Renewal Shampoo, 12 oz $5.95
+Garnier Fructis Sleek & Shine Conditioner, 12.5 oz $3.95
TRESemme Extra Hold Hairspray, 11 oz $5.95
+Got2b Ultra Glued Invincible Styling Gel, 6 oz $4.95
Cantu Shea Butter Leave-In Conditioning Repair Cream, 12 oz $6.95
Goody Ouchless Elastic Hair Ties, Black, 30 ct $3.50
+Goody Bobby Pins, Black, 75 ct $2.50
Conair Paddle Hair Brush $5.00
CAT bath & body @ Aisle 11 right
Dove Beauty Bar Soap, White, {2 ct:3.50|8 ct:10.95} $3.50
+Irish Spring Original Deodorant Bar Soap, 3 ct $3.50
+Dial Antibacterial Bar Soap, Gold, 3 ct $3.25
Dove Deep Moisture Body Wash, 20 oz $7.95
+Old Spice Fiji Body Wash for Men, 18 oz $6.95
Softsoap Liquid Hand Soap, Aloe Vera, 7.5 oz $1.50
Purell Advanced Hand Sanitizer, 8 oz $3.50
CAT deodorant @ Aisle 11 right
Degree Men Cool Rush Antiperspirant Deodorant, 2.7 oz $4.95
+Secret Original Invisible Solid Antiperspirant, Powder Fresh, 2.6 oz $4.95
+Old Spice High Endurance Deodorant, Pure Sport, 3 oz $4.50
+Dove Advanced Care Antiperspirant Deodorant, Original Clean, 2.6 oz $5.50
Axe Phoenix Body Spray, 4 oz $5.95
CAT shaving @ Aisle 11 right
Gillette Sensor3 Disposable Razors, 4 ct $8.95
+BIC Comfort 3 Sensitive Disposable Razors, 4 ct $4.95
+Gillette Venus Simply3 Women's Disposable Razors, 4 ct $7.95
+DG Body Twin Blade Disposable Razors, 10 ct $2.00
Barbasol Original Thick & Rich Shaving Cream, 10 oz $1.95
+Gillette Foamy Regular Shave Foam, 11 oz $3.25
CAT lotion & skin care @ Aisle 12 left
Vaseline Intensive Care Advanced Repair Lotion, 20.3 oz $6.95
+Jergens Original Scent Dry Skin Moisturizer, 16.8 oz $5.50
+Gold Bond Ultimate Healing Skin Therapy Lotion, 14 oz $9.95
+Palmer's Cocoa Butter Formula Lotion, 8.5 oz $5.95
Vaseline Original Petroleum Jelly, {3.75 oz:2.95|7.5 oz:4.50} $2.95
Neutrogena Oil-Free Acne Wash, 6 oz $7.95
ChapStick Classic Original Lip Balm $1.50
+Carmex Classic Lip Balm Jar, 0.25 oz $1.95
CAT cosmetics & nails @ Aisle 12 left
Maybelline Great Lash Washable Mascara, Very Black $5.95
Maybelline Fit Me Matte + Poreless Foundation, {Classic Ivory|Natural Beige} $7.95
L.A. Colors Eyeliner Pencil, Black $1.00
Revlon Super Lustrous Lipstick, Cherries in the Snow $6.95
CoverGirl Clean Pressed Powder, Classic Ivory $6.95
Sally Hansen Insta-Dri Nail Polish, {Rapid Red|Clearly Quick} $4.95
Cutex Strengthening Nail Polish Remover, 6.7 oz $3.50
Revlon Nail Clipper $3.50
CAT feminine care @ Aisle 12 left
Always Ultra Thin Pads with Wings, {Regular|Long}, 18 ct $5.95
+DG Health Overnight Maxi Pads with Wings, 14 ct $2.75
Tampax Pearl Tampons, {Regular|Super}, 18 ct $5.95
Carefree Acti-Fresh Panty Liners, 54 ct $3.95

DEPT baby
CAT diapers & wipes @ Aisle 12 right
Pampers Baby Dry Diapers, {Size 3, 26 ct|Size 5, 20 ct} $9.95
+Huggies Little Snugglers Diapers, Newborn, 31 ct $9.95
+Bobbie Baby Diapers, {Size 1, 40 ct|Size 4, 28 ct|Size 6, 20 ct} $6.95
Pull-Ups Learning Designs Boys' Training Pants, 2T-3T, 25 ct $11.95
Pampers Sensitive Baby Wipes, 56 ct $2.95
+Huggies Natural Care Sensitive Baby Wipes, 56 ct $2.95
+Bobbie Baby Unscented Baby Wipes, 80 ct $1.75
CAT baby care & feeding @ Aisle 12 right
Gerber 2nd Foods Baby Food, {Applesauce|Banana|Carrot}, 2 pk, 4 oz $1.75
+Gerber Puffs Cereal Snack, Banana, 1.48 oz $2.50
Evenflo Classic Baby Bottles, 8 oz, 3 pk $5.95
NUK Orthodontic Pacifiers, 0-6 Months, 2 pk $4.50
The First Years Take & Toss Spill-Proof Sippy Cups, 10 oz, 4 pk $4.95
Johnson's Baby Shampoo, 13.6 oz $4.95
+Johnson's Baby Lotion, 13.6 oz $5.50
+Johnson's Baby Powder, Pure Cornstarch, 15 oz $4.95
Desitin Maximum Strength Diaper Rash Paste, 2 oz $5.95
Gerber Terry Bibs, 3 ct $3.00

DEPT pet
CAT dog food & treats @ Aisle 13 left
Pedigree Complete Nutrition Adult Dry Dog Food, Roasted Chicken, {3.5 lb:6.95|14 lb:15.95} $6.95
+Purina Dog Chow Complete Adult Dry Dog Food, 8.5 lb $11.95
+Pedigree Chopped Ground Dinner Wet Dog Food, Chicken, 13.2 oz $1.75
+Cesar Classic Loaf in Sauce Wet Dog Food, Filet Mignon, 3.5 oz $1.25
Milk-Bone Original Dog Biscuits, Medium, 24 oz $5.95
+Purina Beggin' Strips Bacon Flavor Dog Treats, 6 oz $4.95
+Pedigree Dentastix Original Dog Treats, 7 ct $3.50
CAT cat food & litter @ Aisle 13 left
Meow Mix Original Choice Dry Cat Food, {3.15 lb:5.95|6.3 lb:10.95} $5.95
+Purina Cat Chow Complete Dry Cat Food, 3.15 lb $6.50
+Friskies Classic Pate Wet Cat Food, Mixed Grill, 5.5 oz $0.85
+Fancy Feast Classic Pate Chicken Feast Wet Cat Food, 3 oz $1.00
Temptations Classic Cat Treats, Tasty Chicken, 3 oz $2.75
Tidy Cats Clumping Cat Litter, 24/7 Performance, 20 lb $12.95
+Arm & Hammer Clump & Seal Cat Litter, 14 lb $9.95
CAT pet supplies @ Aisle 13 right
Hartz Dura Play Ball Dog Toy, Medium $3.50
Pet Champion Stainless Steel Pet Bowl, 32 oz $3.00
Aspen Pet Nylon Dog Leash, 6 ft. $5.00
+Aspen Pet Adjustable Dog Collar, Medium $4.00
Hartz Just for Cats Catnip Mice, 3 ct $2.00
Arm & Hammer Dog Waste Bags, 90 ct $3.50
Hartz UltraGuard Flea & Tick Collar for Dogs $5.95
Hartz Home Protection Dog Pads, 50 ct $9.95
Tetra TetraMin Tropical Flakes Fish Food, 1 oz $3.50
Pennington Classic Wild Bird Feed, 10 lb $6.95
Van Ness Cat Litter Pan, Large $5.00

DEPT hardware & electronics
CAT auto care @ Aisle 13 right
Little Trees Car Air Freshener, {Black Ice|New Car Scent}, 3 pk $2.50
Prestone All Season Windshield Washer Fluid, 1 gal $2.50
Pennzoil 5W-30 Motor Oil, 1 qt $6.95
Armor All Original Protectant, 10 oz $4.95
Slime Pencil Tire Gauge $2.95
CAT batteries @ Aisle 16 left
Duracell AA Alkaline Batteries, {4 pk:5.95|8 pk:9.95} $5.95
+Duracell AAA Alkaline Batteries, {4 pk:5.95|8 pk:9.95} $5.95
+Energizer MAX AA Alkaline Batteries, 8 pk $9.50
+Rayovac Heavy Duty AA Batteries, 8 pk $3.95
+Duracell {C|D} Alkaline Batteries, 2 pk $5.95
+Duracell 9V Alkaline Battery, 1 pk $4.95
+Energizer CR2032 Lithium Coin Batteries, 2 pk $4.95
CAT light bulbs @ Aisle 16 left
GE LED Light Bulbs, 60W Equivalent, Soft White, {2 pk:5.95|4 pk:9.95} $5.95
+Philips LED Light Bulbs, 60W Equivalent, Daylight, 4 pk $9.95
+GE LED Light Bulbs, 100W Equivalent, Soft White, 2 pk $7.95
+Feit Electric LED Candelabra Bulbs, 40W Equivalent, 2 pk $5.95
+GE LED 3-Way Light Bulb, 50/100/150W Equivalent $7.95
+GE Appliance Light Bulb, 40W $4.95
CAT electrical @ Aisle 16 left
GE Indoor Extension Cord, {6 ft.:3.95|15 ft.:5.95}, White $3.95
+Woods Outdoor Extension Cord, 25 ft., Orange $12.95
GE 6-Outlet Surge Protector Power Strip, 2 ft. Cord $9.95
+GE 3-Outlet Grounded Wall Tap $2.95
GE Automatic LED Night Light, 2 pk $5.95
Energizer Weatheready LED Flashlight $6.95
CAT tape & glue @ Aisle 16 right
Scotch Heavy Duty Shipping Packaging Tape, 1.88 in. x 22.2 yd $4.50
+Duck Brand Duct Tape, Silver, 1.88 in. x 20 yd $4.50
+Scotch General Purpose Masking Tape, 0.94 in. x 60 yd $3.95
+3M Temflex Vinyl Electrical Tape, Black, 3/4 in. x 60 ft $2.50
Krazy Glue Original Super Glue, 2 ct $3.95
+Gorilla Original Glue, 2 oz $5.95
+J-B Weld KwikWeld Epoxy, 2 oz $6.95
CAT tools & hardware @ Aisle 16 right
Great Neck 16 oz Claw Hammer $6.00
Great Neck 6-in-1 Screwdriver $4.00
+Great Neck Precision Screwdriver Set, 6 pc $3.50
Great Neck Tape Measure, 25 ft. $5.00
Command Medium Utility Hooks, 2 ct $4.95
+Hillman Picture Hanging Kit $3.00
Master Lock Laminated Padlock, 1-9/16 in. $6.95
Hillman Split Key Rings, 2 ct $1.50
CAT lighters & matches @ Front Counter
BIC Classic Lighter, {1 ct:2.00|5 pk:7.50} $2.00
+BIC Multi-Purpose Lighter $4.50
Diamond Strike on Box Matches, 10 pk $2.00
CAT phone accessories @ Front Counter
Xtreme Lightning to USB Charging Cable, 3 ft. $7.00
+Xtreme USB-C to USB-C Charging Cable, 6 ft. $8.00
Xtreme Dual USB Wall Charger $8.00
+Xtreme USB-C Car Charger $8.00
Xtreme Wired Earbuds with Mic, Black $5.00
+Xtreme Bluetooth Wireless Earbuds $15.00
Xtreme Portable Power Bank, 5000 mAh $12.00
Xtreme Universal Air Vent Phone Mount $8.00
Xtreme Tempered Glass Screen Protector, Universal 6.7 in. $6.00

DEPT party & stationery
CAT party supplies @ Aisle 14 left
Unique Latex Balloons, 12 in., {Assorted|Gold}, 15 ct $1.95
+Amscan Happy Birthday Foil Balloon, 18 in. $1.25
Amscan Happy Birthday Letter Banner $3.00
Unique Birthday Candles, 24 ct $1.00
Unique Party Hats, 8 ct $2.00
Amscan Plastic Table Cover, 54 x 108 in., {Red|White} $1.95
Unique Crepe Paper Streamer, Blue, 81 ft $1.25
Unique Plastic Loot Bags, 8 ct $1.25
CAT gift wrap & bags @ Aisle 14 left
American Greetings Birthday Gift Bag, {Small:1.50|Medium:2.25|Large:3.00} $1.50
American Greetings Birthday Wrapping Paper, 30 sq ft $3.00
+American Greetings All Occasion Wrapping Paper, 40 sq ft $3.50
American Greetings White Tissue Paper, 20 Sheets $1.25
American Greetings Gift Bows, 20 ct $2.50
+American Greetings Curling Ribbon, Red, 50 ft $1.25
American Greetings Shirt Gift Boxes, 3 ct $2.50
CAT greeting cards @ Aisle 14 right
American Greetings {Birthday Card for Her|Birthday Card for Him|Kids Birthday Card|Birthday Card for Grandson|Anniversary Card|Sympathy Card|Get Well Card|Thank You Card} $1.25
American Greetings Thank You Notes with Envelopes, 10 ct $3.00
CAT school supplies @ Aisle 15 left
BIC Round Stic Ballpoint Pens, Black, 10 ct $1.95
Ticonderoga #2 Pencils, 12 ct $3.50
Mead Spiral Notebook, Wide Ruled, 70 Sheets $1.25
+Mead Composition Book, Wide Ruled, 100 Sheets $1.50
+Mead Filler Paper, Wide Ruled, 150 Sheets $1.75
Crayola Crayons, 24 ct $1.50
+Crayola Washable Markers, 10 ct $3.50
+Crayola Colored Pencils, 12 ct $2.50
Elmer's School Glue, 4 oz $1.00
+Elmer's Disappearing Purple Glue Sticks, 3 ct $2.00
Fiskars Kids Scissors, 5 in. $2.50
Paper Mate Pink Pearl Erasers, 3 ct $1.75
CAT office supplies @ Aisle 15 left
Scotch Magic Tape, 3/4 in. x 650 in. $2.50
Post-it Notes, 3 x 3 in., Canary Yellow, 4 Pads $4.95
Sharpie Permanent Markers, Fine Point, Black, 2 ct $2.50
Swingline Tot Mini Stapler with Staples $3.95
Mead Security Envelopes, #10, 40 ct $2.50
DG Office Copy Paper, 8.5 x 11 in., 200 Sheets $3.50
DG Office Index Cards, 3 x 5 in., 100 ct $1.00
DG Office Yellow Legal Pads, 3 ct $2.50
DG Office Basic Calculator $3.00

DEPT toys
CAT toys @ Aisle 15 right
Hot Wheels Basic Car, Assorted $1.25
+Hot Wheels 5-Car Gift Pack $5.95
Barbie Fashionistas Doll, Assorted $9.95
Nerf Elite 2.0 Volt SD-1 Blaster $9.95
+Nerf Elite Dart Refill Pack, 30 ct $7.95
Squishmallows Plush, 8 in., Assorted $9.95
+Ty Beanie Boos Plush, Assorted $5.95
Slinky Original Walking Spring Toy $3.95
PAW Patrol Pup Figure, Assorted $5.95
CAT games & puzzles @ Aisle 15 right
UNO Card Game $5.95
+Phase 10 Card Game $6.95
+Bicycle Standard Index Playing Cards $3.50
Connect 4 Classic Grid Game $9.95
+Candy Land Board Game $9.95
+Jenga Classic Game $9.95
Cardinal Double Six Dominoes, 28 pc $5.00
Cardinal Jigsaw Puzzle, 500 pc, Assorted $3.00
Kappa Word Find Puzzle Book $1.25
+Kappa Crossword Puzzle Book $1.25
CAT kids crafts & coloring @ Aisle 15 right
Bendon Coloring & Activity Book, Assorted $1.00
Play-Doh Modeling Compound, {4 pk:4.95|10 pk:9.95} $4.95
Crayola Washable Kids' Paint, 6 ct $4.95
Elmer's Glitter Glue Pens, 6 ct $3.50
Darice Chenille Stems, 100 ct $2.00
+Darice Craft Pom Poms, Assorted, 100 ct $2.00
Pacon Construction Paper, Assorted Colors, 50 Sheets $2.00

DEPT seasonal
CAT summer fun @ Seasonal
Crayola Washable Sidewalk Chalk, 24 ct $2.95
Imperial Toy Bubble Solution, 32 oz $2.00
Nerf Super Soaker Soakzooka Water Blaster $9.95
SwimWays Pool Noodle, Assorted $2.50
+Intex Inflatable Swim Ring, 30 in. $3.00
+Intex Beach Ball, 24 in. $1.50
Capelli Women's Flip Flops, {Size 6-7|Size 8-9} $2.00
Banana Boat Sport Ultra Sunscreen Lotion, SPF 50, 8 oz $8.95
Cutter Backwoods Insect Repellent, 6 oz $6.95
+OFF! Deep Woods Insect Repellent, 6 oz $6.95
Cutter Citronella Candle, 17 oz $4.00
DG Home Personal Desk Fan, 6 in., {Black|White} $7.00
Foster Grant Men's Polarized Sunglasses, Black $7.00
CAT lawn & garden @ Seasonal
Miracle-Gro Potting Mix, 8 qt $5.95
Miracle-Gro Water Soluble All Purpose Plant Food, 1 lb $6.95
Burpee Flower Seeds, {Zinnia|Sunflower|Marigold} $1.50
Digz Women's Garden Gloves, Medium $3.00
Fiskars Ergo Hand Trowel $5.95
Bloem Saturn Planter, 8 in., {Terra Cotta|Black} $3.00
Gilmour 8-Pattern Hose Nozzle $6.95
DG Home Fly Swatter, 2 pk $1.00
"""


QUESTIONS = [
    # plain locate: cleaning, laundry, paper
    ("where is the laundry detergent", ["laundry detergent"], r"detergent|laundry bar soap"),
    ("um yeah where's the uh paper towels", ["paper towels & napkins"], r"paper towels"),
    ("tolet paper", ["toilet paper & tissues"], r"toilet paper|bath tissue"),
    ("where are your trash bags", ["trash bags"], None),
    ("alumium foil", ["foil & wraps"], r"aluminum foil"),
    ("where's the dish soap", ["dish care"], r"dish(washing)? (soap|liquid)"),
    ("i need bleach", ["laundry care"], r"bleach"),
    ("fabric softener", ["laundry care"], r"fabric (softener|conditioner)|dryer sheets"),
    ("clorox wipes", ["household cleaners"], r"disinfecting wipes"),
    ("do you have windex", ["household cleaners"], r"glass cleaner"),
    ("mouse traps", ["pest control"], r"mouse traps"),
    ("something to kill roaches", ["pest control"], r"roach"),
    ("sponges", ["cleaning tools"], r"sponge"),
    ("where can i find a mop", ["cleaning tools"], r"\bmop\b"),
    ("toilet plunger", ["cleaning tools"], r"plunger"),
    ("where are the air fresheners", ["air fresheners"], None),
    ("paper plates", ["disposable tableware"], r"paper plates"),
    ("plastic forks and spoons", ["disposable tableware"], r"cutlery"),
    ("styrofoam cups", ["disposable tableware"], r"foam cups"),
    ("red solo cups", ["disposable tableware"], r"party cups"),
    # kitchen and home
    ("ziploc bags", ["food storage"], r"bags"),
    ("tupperware", ["food storage"], r"containers"),
    ("saran wrap", ["foil & wraps"], r"plastic (food )?wrap"),
    ("can opener", ["kitchen tools"], r"can opener"),
    ("do you have frying pans", ["cookware & bakeware"], r"frying pan"),
    ("picture frame 8x10", ["home decor"], r"picture frame, 8 x 10"),
    ("candles", ["home decor", "summer fun"], r"candle"),
    ("storage bins with lids", ["storage & organization"], r"storage box|tote"),
    ("clothes hangers", ["storage & organization"], r"hangers"),
    ("bath towels", ["bath & bedding"], r"bath towel"),
    ("shower curtain", ["bath & bedding"], r"shower curtain liner"),
    # food
    ("potato chips", ["chips & snacks"], r"potato (chips|crisps)"),
    ("where are the cookies", ["cookies & crackers"], r"cookies"),
    ("saltines", ["cookies & crackers"], r"saltine"),
    ("chocolate bars", ["candy"], r"chocolate (candy )?bar|kit kat"),
    ("chewing gum", ["gum & mints"], r"gum"),
    ("2 liter coke", ["soda & water"], r"Coca-Cola.*2 L"),
    ("i need a case of water", ["soda & water"], r"water, 16\.9 oz, 24 pk"),
    ("canned green beans", ["canned goods"], r"green beans"),
    ("ramen noodles", ["pasta rice & sides"], r"ramen|cup noodles"),
    ("mac n cheese", ["pasta rice & sides"], r"macaroni & cheese"),
    ("okay so where do you guys keep the coffee", ["coffee & tea"], r"ground coffee|instant coffee|k-cup"),
    ("coffee filters", ["coffee & tea"], r"coffee filters"),
    ("sugar", ["baking & condiments"], r"granulated sugar"),
    ("peanut butter", ["baking & condiments"], r"peanut butter"),
    ("gallon of milk", ["dairy & frozen"], r"whole milk|fat milk"),
    ("do you sell eggs", ["dairy & frozen"], r"eggs"),
    # health and personal care
    ("tylenol", ["pain relief"], r"tylenol|acetaminophen"),
    ("where is the advil", ["pain relief"], r"ibuprofen"),
    ("hi i'm looking for the, the cough drops", ["cold & flu"], r"cough drops"),
    ("band aids", ["first aid"], r"adhesive bandages"),
    ("do you have reading glasses", ["health aids"], r"reading glasses"),
    ("vitamns", ["vitamins & supplements"], r"vitamin"),
    ("toothpaste", ["oral care"], r"toothpaste"),
    ("polident", ["oral care"], r"denture"),
    ("shampoo", ["hair care", "baby care & feeding"], r"shampoo"),
    ("deodorant for men", ["deodorant"], r"degree men|old spice"),
    ("chapstick", ["lotion & skin care"], r"lip balm"),
    ("nail polish remover", ["cosmetics & nails"], r"polish remover"),
    ("tampons", ["feminine care"], r"tampons"),
    # baby and pet
    ("baby wipes", ["diapers & wipes"], r"baby wipes"),
    ("dog food", ["dog food & treats"], r"dog food"),
    ("where's the cat litter", ["cat food & litter"], r"litter"),
    ("can you tell me where the bird seed is", ["pet supplies"], r"bird feed"),
    # party, cards, stationery, toys
    ("birthday ballons", ["party supplies"], r"balloon"),
    ("gift bags", ["gift wrap & bags"], r"gift bag"),
    ("hi i need a sympathy card", ["greeting cards"], r"sympathy"),
    ("pens", ["school supplies", "office supplies"], r"ballpoint pens"),
    ("play doh", ["kids crafts & coloring"], r"play-doh"),
    ("playing cards", ["games & puzzles"], r"playing cards"),
    # hardware, phone, seasonal
    ("lite bulbs", ["light bulbs"], None),
    ("extension cord", ["electrical"], r"extension cord"),
    ("duct tape", ["tape & glue"], r"duct tape"),
    ("phone charger for an iphone", ["phone accessories"], r"lightning"),
    ("lighter", ["lighters & matches"], r"lighter"),
    ("sunscreen", ["summer fun"], r"sunscreen"),
    ("bug spray", ["summer fun", "pest control"], r"insect repellent|insect killer|roach killer spray"),
    # Spanish words
    ("where is the jabón for the dishes", ["dish care"], r"dish(washing)? (soap|liquid)"),
    ("do you have pañales size 4", ["diapers & wipes"], r"diapers, size 4"),
    ("i need papel de baño", ["toilet paper & tissues"], r"toilet paper|bath tissue"),
    ("where is the leche", ["dairy & frozen"], r"whole milk|fat milk"),
    ("the pilas double a", ["batteries"], r"\bAA\b"),
    # price
    ("how much are the tide pods", None, r"Tide PODS", "price"),
    ("how much are the duracell double a's, the 8 pack", None, r"Duracell AA Alkaline Batteries, 8 pk", "price"),
    ("price of a gallon of milk", None, r"Clover Valley (Whole|2% Reduced Fat) Milk, 1 Gallon", "price"),
    ("how much is the bounty 6 roll", None, r"Bounty Select-A-Size Paper Towels, 6 Double Rolls", "price"),
    ("how much does the charmin 12 mega roll cost", None, r"Charmin Ultra Soft Toilet Paper, 12 Mega Rolls", "price"),
    ("how much are the folgers k cups", None, r"Folgers Classic Roast K-Cup Pods", "price"),
    ("what's the price on the big bag of pedigree", None, r"Pedigree Complete Nutrition .*14 lb", "price"),
    ("how much is one bic lighter", None, r"BIC Classic Lighter, 1 ct", "price"),
    ("how much is the 6 foot extension cord", None, r"GE Indoor Extension Cord, 6 ft\.", "price"),
    ("how much are the reading glasses", None, r"Foster Grant Reading Glasses", "price"),
    # stock
    ("do you have the clorox wipes 75 count lemon in stock", None, r"Clorox Disinfecting Wipes, Lemon Fresh, 75 ct", "stock"),
    ("is the sterilite 18 gallon tote in stock", None, r"Sterilite 18 Gallon Tuff Tote", "stock"),
    ("any pampers size 5 in stock", None, r"Pampers Baby Dry Diapers, Size 5", "stock"),
    ("do you have the xtreme power bank in stock", None, r"Xtreme Portable Power Bank", "stock"),
    ("is the tide liquid 46 ounce in stock", None, r"Tide Original Liquid Laundry Detergent, 46 oz", "stock"),
    ("are the rayovac AA batteries in stock", None, r"Rayovac Heavy Duty AA", "stock"),
    ("do you have the twin sheet set in stock", None, r"Microfiber Sheet Set, Twin", "stock"),
    ("is the uno card game in stock", None, r"UNO Card Game", "stock"),
    # absent: near misses (a stocked thing shares a word or sits next to it)
    ("fresh tomatoes", None, None, "absent"),
    ("ink for my hp printer", None, None, "absent"),
    ("do you sell microwaves", None, None, "absent"),
    ("a keurig coffee maker", None, None, "absent"),
    ("brita water filter pitcher", None, None, "absent"),
    ("car battery", None, None, "absent"),
    ("can you fill helium balloons here", None, None, "absent"),
    ("fresh flowers for my wife", None, None, "absent"),
    ("a fish tank", None, None, "absent"),
    ("ceiling fan", None, None, "absent"),
    ("do you have hair dye", None, None, "absent"),
    ("a vacuum cleaner", None, None, "absent"),
    ("can you make a copy of my house key", None, None, "absent"),
    ("fresh ground beef", None, None, "absent"),
    # absent: other things and services a dollar store may not offer
    ("a pack of cigarettes", None, None, "absent"),
    ("lottery tickets", None, None, "absent"),
    ("can i get a money order here", None, None, "absent"),
    ("i need to pick up my prescription", None, None, "absent"),
    ("artificial christmas tree", None, None, "absent"),
    ("propane tank exchange", None, None, "absent"),
]

HELDOUT_B = [
    # British / Australian words
    ("nappies", ["diapers & wipes"], r"diapers|training pants"),
    ("where's the kitchen roll", ["paper towels & napkins"], r"paper towels"),
    ("bin bags", ["trash bags"], None),
    ("cling film", ["foil & wraps"], r"plastic (food )?wrap"),
    ("washing up liquid", ["dish care"], r"dish(washing)? (soap|liquid)"),
    ("plasters for a cut", ["first aid"], r"adhesive bandages"),
    ("a torch", ["electrical"], r"flashlight"),
    ("crisps", ["chips & snacks"], r"chips|crisps|cheetos"),
    ("lollies for the kids", ["candy"], None),
    ("sellotape", ["office supplies", "tape & glue"], r"magic tape|packaging tape"),
    ("a dummy for the baby", ["baby care & feeding"], r"pacifier"),
    ("serviettes", ["paper towels & napkins"], r"napkins"),
    ("fizzy drinks", ["soda & water", "cold drinks"], r"soda|ginger ale"),
    ("icy poles", ["dairy & frozen"], r"ice pops"),
    ("cotton buds", ["first aid"], r"cotton swabs"),
    ("paracetamol", ["pain relief"], r"acetaminophen|tylenol"),
    ("a flannel to wash my face", ["bath & bedding"], r"washcloth"),
    ("thongs for the beach", ["summer fun"], r"flip flops"),
    # other names, misspellings
    ("tinfoil", ["foil & wraps"], r"aluminum foil"),
    ("kleenex", ["toilet paper & tissues"], r"facial tissues"),
    ("q tips", ["first aid"], r"cotton swabs"),
    ("asprin", ["pain relief"], r"aspirin"),
    ("vasoline", ["lotion & skin care"], r"vaseline"),
    ("deoderant", ["deodorant"], r"deodorant|antiperspirant"),
    ("batterys for the tv remote", ["batteries"], r"\bAAA?\b"),
    # needs
    ("something for a headache", ["pain relief"], r"^(?!.*low dose).*(acetaminophen|ibuprofen|aspirin|naproxen|headache|tylenol extra)"),
    ("i need to wrap a present", ["gift wrap & bags"], r"wrapping paper|gift bag|tissue paper|gift box"),
    ("my stomach is upset", ["digestive health"], r"pepto|antacid|alka-seltzer"),
    ("something to unclog my sink", ["household cleaners"], r"clog"),
    # who-for
    ("something for my grandson's birthday", ["greeting cards", "toys", "games & puzzles", "gift wrap & bags"],
     r"grandson|kids birthday|birthday gift bag|^(?!American Greetings|Kappa)"),
    ("a card for my wife's birthday", ["greeting cards"], r"birthday card for her"),
    ("treats for my dog", ["dog food & treats"], r"treats|biscuits"),
    ("something for my baby's diaper rash", ["baby care & feeding"], r"diaper rash"),
    # Spanish words
    ("where is the cloro", ["laundry care"], r"bleach"),
    ("do you have pasta de dientes", ["oral care"], r"toothpaste"),
    # price
    ("how much is the big bottle of dawn", None, r"Dawn Ultra Dishwashing Liquid, Original, 28 oz", "price"),
    ("what do the pampers size 3 cost", None, r"Pampers Baby Dry Diapers, Size 3", "price"),
    ("price of the squishmallow", None, r"Squishmallows", "price"),
    ("how much is the big bag of meow mix", None, r"Meow Mix Original Choice Dry Cat Food, 6\.3 lb", "price"),
    ("how much for a box of kleenex", None, r"Kleenex", "price"),
    # stock
    ("is the zyrtec in stock", None, r"Zyrtec", "stock"),
    ("do you have the libman wonder mop in stock", None, r"Libman Wonder Mop", "stock"),
    ("are the band-aid fabric bandages in stock", None, r"Band-Aid Flexible Fabric", "stock"),
    ("is there any excedrin left", None, r"Excedrin", "stock"),
    # absent
    ("a kettle for my tea", None, None, "absent"),
    ("do you sell a hoover", None, None, "absent"),
    ("can i buy a phone top up here", None, None, "absent"),
    ("a doona for a queen bed", None, None, "absent"),
    ("postage stamps", None, None, "absent"),
    ("a hot rotisserie chicken", None, None, "absent"),
]

FORCE_OOS = [r"Tide Original Liquid Laundry Detergent, 46 oz", r"Rayovac Heavy Duty AA", r"Microfiber Sheet Set, Twin",
             r"UNO Card Game", r"Band-Aid Flexible Fabric", r"Excedrin"]
FORCE_IN = [r"Clorox Disinfecting Wipes, Lemon Fresh, 75 ct", r"Sterilite 18 Gallon Tuff Tote", r"Pampers Baby Dry Diapers, Size 5",
            r"Xtreme Portable Power Bank", r"Zyrtec", r"Libman Wonder Mop"]


def specs(qs):
    return [(t[0], t[1], t[2], t[3] if len(t) > 3 else None) for t in qs]


if __name__ == '__main__':
    run(CATALOG, specs(QUESTIONS), 'variety', 'va', 6107, FORCE_OOS, FORCE_IN, heldout_b=specs(HELDOUT_B))
