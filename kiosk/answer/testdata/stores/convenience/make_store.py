#!/usr/bin/env python3
"""Generates the convenience store (a gas-station / corner convenience store: snacks, candy, cold
drinks, coffee bar, hot food, dairy, frozen, grocery basics, household, health, personal care,
baby and pet basics, car basics, phone accessories, seasonal, cards and magazines; no tobacco,
no alcohol, no lottery): catalog.csv, questions.jsonl and questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT snacks
CAT chips @ Aisle 1 left
Lay's Classic Potato Chips, {2.625 oz:2.29|8 oz:5.49} $2.29
+Lay's Barbecue Potato Chips, 2.625 oz $2.29
+Lay's Sour Cream & Onion Potato Chips, 2.625 oz $2.29
+Ruffles Original Potato Chips, 2.5 oz $2.29
+Doritos Nacho Cheese Tortilla Chips, {1.75 oz:1.99|9.25 oz:5.99} $1.99
+Doritos Cool Ranch Tortilla Chips, {1.75 oz:1.99|9.25 oz:5.99} $1.99
+Cheetos Crunchy Cheese Flavored Snacks, {2 oz:1.99|8.5 oz:5.49} $1.99
+Cheetos Crunchy Flamin' Hot Cheese Flavored Snacks, 2 oz $1.99
+Fritos Original Corn Chips, 9.25 oz $5.29
+Tostitos Original Restaurant Style Tortilla Chips, 13 oz $5.99
+Takis Fuego Rolled Tortilla Chips, {4 oz:2.99|9.9 oz:5.49} $2.99
+Pringles Original Potato Crisps, 5.2 oz $2.99
+Funyuns Onion Flavored Rings, 2.125 oz $2.29
+Kettle Brand Sea Salt Potato Chips, 5 oz $4.49
+Utz Original Pork Rinds, 2.5 oz $2.99
CAT salsa dips @ Aisle 1 left
Tostitos Chunky Salsa, Medium, 15.5 oz $4.99
+Tostitos Salsa Con Queso, 15 oz $5.29
+Pace Picante Sauce, Medium, 16 oz $3.79
+Herdez Salsa Verde, 16 oz $3.99
+Fritos Jalapeño Cheddar Flavored Cheese Dip, 9 oz $4.99
+Fritos Original Bean Dip, 9 oz $4.49
CAT pretzels popcorn @ Aisle 1 right
Rold Gold Tiny Twists Pretzels, 16 oz $4.49
+Snyder's of Hanover Pretzel Pieces, Honey Mustard & Onion, 2.25 oz $1.99
+SkinnyPop Original Popcorn, 4.4 oz $4.99
+Smartfood White Cheddar Popcorn, {0.625 oz:1.29|6.75 oz:4.99} $1.29
+Orville Redenbacher's Movie Theater Butter Microwave Popcorn, 3 ct $4.49
+Chex Mix Traditional Snack Mix, 8.75 oz $4.29
+Gardetto's Original Recipe Snack Mix, 5.5 oz $3.49
CAT crackers @ Aisle 1 right
Cheez-It Original Baked Snack Crackers, {3 oz:2.49|12.4 oz:5.99} $2.49
+Goldfish Cheddar Crackers, 6.6 oz $3.49
+Ritz Original Crackers, 13.7 oz $5.29
+Lance Toasty Peanut Butter Sandwich Crackers, 8 ct $3.99
+Austin Cheese Crackers with Peanut Butter, 1.38 oz $0.99
+Nabisco Premium Original Saltine Crackers, 16 oz $4.79
CAT jerky meat snacks @ Aisle 2 left
Jack Link's Original Beef Jerky, {2.85 oz:7.99|10 oz:16.99} $7.99
+Jack Link's Teriyaki Beef Jerky, 2.85 oz $7.99
+Jack Link's Peppered Beef Jerky, 2.85 oz $7.99
+Oberto Original Beef Jerky, 3.25 oz $8.49
+Chef's Cut Real Chicken Jerky, Original, 2.5 oz $7.49
+Slim Jim Giant Smoked Meat Stick, Original, 0.97 oz $1.49
+Slim Jim Monster Smoked Meat Stick, Mild, 1.94 oz $2.49
+Old Wisconsin Beef Snack Sticks, 8 oz $6.99
CAT nuts seeds @ Aisle 2 left
Planters Salted Peanuts, 1.75 oz $1.29
+Planters Dry Roasted Peanuts, 16 oz $4.99
+Planters Deluxe Mixed Nuts, 8.75 oz $7.99
+Planters Nuts & Chocolate Trail Mix, 6 oz $4.99
+Kar's Sweet 'N Salty Trail Mix, 2 oz $1.29
+Blue Diamond Smokehouse Almonds, 6 oz $5.49
+Wonderful Pistachios Roasted & Salted, 7 oz $6.99
+David Original Sunflower Seeds, 5.25 oz $2.79
+Bigs Dill Pickle Sunflower Seeds, 5.35 oz $3.29
CAT cookies snack cakes @ Aisle 2 right
Oreo Chocolate Sandwich Cookies, {2.4 oz:1.79|14.3 oz:5.49} $1.79
+Chips Ahoy! Original Chocolate Chip Cookies, 13 oz $4.99
+Grandma's Chocolate Chip Cookies, 2 ct, 2.5 oz $1.49
+Little Debbie Oatmeal Creme Pies, 12 ct $3.49
+Little Debbie Honey Buns, 6 ct $3.49
+Mrs. Freshley's Jumbo Honey Bun, 5 oz $1.79
+Hostess Twinkies Golden Sponge Cakes, {2 ct:1.99|10 ct:5.49} $1.99
+Hostess Ding Dongs, 2 ct $1.99
+Hostess Donettes Powdered Mini Donuts, 6 ct $1.99
+Rice Krispies Treats Original, 8 ct $4.29

DEPT candy & gum
CAT chocolate candy @ Front Counter
Snickers Chocolate Candy Bar, {1.86 oz:1.99|Share Size, 3.29 oz:2.99} $1.99
+Reese's Peanut Butter Cups, {1.5 oz:1.99|King Size, 2.8 oz:2.99} $1.99
+M&M's Milk Chocolate Candies, {1.69 oz:1.99|Sharing Size, 10.7 oz:5.49} $1.99
+M&M's Peanut Chocolate Candies, 1.74 oz $1.99
+Twix Caramel Cookie Bars, 1.79 oz $1.99
+Kit Kat Milk Chocolate Wafer Bar, 1.5 oz $1.99
+Hershey's Milk Chocolate Bar, 1.55 oz $1.99
+Hershey's Kisses Milk Chocolates, 10.1 oz $5.49
+Butterfinger Candy Bar, 1.9 oz $1.99
+Milky Way Caramel Candy Bar, 1.84 oz $1.99
CAT checkout candy @ Front Counter
Skittles Original Bite Size Candies, 2.17 oz $1.99
+Starburst Original Fruit Chews, 2.07 oz $1.99
+Sour Patch Kids Soft & Chewy Candy, 2 oz $1.99
+Twizzlers Twists Strawberry, 2.5 oz $1.99
+Charms Blow Pop Lollipop, Assorted $0.35
+Ring Pop Candy Ring, Assorted $1.29
+Airheads Taffy Bar, Assorted $0.50
+Jolly Rancher Lollipops, Assorted, 1 ct $0.35
CAT gum mints @ Front Counter
Extra Spearmint Sugarfree Gum, 15 ct $1.79
+Orbit Peppermint Sugarfree Gum, 14 ct $1.79
+Trident Original Flavor Sugar Free Gum, 14 ct $1.79
+5 Gum Cobalt Peppermint Sugarfree Gum, 15 ct $2.29
+Ice Breakers Ice Cubes Peppermint Sugar Free Gum, 40 pc $5.49
+Altoids Curiously Strong Peppermint Mints, 1.76 oz $3.29
+Tic Tac Freshmint Breath Mints, 1 oz $1.99
+Mentos Mint Chewy Mints, Roll $1.49
CAT bagged candy @ Aisle 3 left
Haribo Goldbears Gummi Candy, 5 oz $2.29
+Black Forest Gummy Bears, 8 oz $2.99
+Sour Patch Kids Soft & Chewy Candy, 8 oz $3.49
+Trolli Sour Brite Crawlers Gummy Worms, 5 oz $2.29
+Swedish Fish Soft & Chewy Candy, 8 oz $3.49
+Twizzlers Twists Strawberry, 16 oz $3.99
+Jolly Rancher Hard Candy Original Flavors, 7 oz $3.49
+Werther's Original Hard Caramel Candies, 5.5 oz $3.79
+Life Savers Wint-O-Green Mints, 6.25 oz $3.49
CAT granola protein bars @ Aisle 3 left
Nature Valley Crunchy Granola Bars, Oats 'n Honey, 12 ct $4.79
+Quaker Chewy Chocolate Chip Granola Bars, 8 ct $3.99
+Clif Bar Chocolate Chip Energy Bar, 2.4 oz $1.99
+KIND Bar, Dark Chocolate Nuts & Sea Salt, 1.4 oz $1.99
+Quest Protein Bar, Chocolate Chip Cookie Dough, 2.12 oz $2.99
+Pure Protein Bar, Chocolate Peanut Butter, 1.76 oz $2.29
+RXBAR Protein Bar, Chocolate Sea Salt, 1.83 oz $2.49

DEPT beverages
CAT soda @ Cooler
Coca-Cola Classic, {20 fl oz Bottle:2.49|2 Liter Bottle:3.49|12 pk, 12 fl oz Cans:8.99} $2.49
+Diet Coke, 20 fl oz Bottle $2.49
+Coca-Cola Zero Sugar, 20 fl oz Bottle $2.49
+Coca-Cola de Mexico, 12 fl oz Glass Bottle $2.29
+Pepsi, {20 fl oz Bottle:2.49|2 Liter Bottle:3.29} $2.49
+Diet Pepsi, 20 fl oz Bottle $2.49
+Mountain Dew, 20 fl oz Bottle $2.49
+Dr Pepper, 20 fl oz Bottle $2.49
+Sprite Lemon-Lime Soda, 20 fl oz Bottle $2.49
+Canada Dry Ginger Ale, 20 fl oz Bottle $2.29
+A&W Root Beer, 20 fl oz Bottle $2.29
+Starry Lemon Lime Soda, 20 fl oz Bottle $2.29
+Jarritos Mandarin Soda, 12.5 fl oz Glass Bottle $1.99
CAT sparkling water @ Cooler
LaCroix Sparkling Water, Pamplemousse, 12 pk, 12 fl oz Cans $6.49
+Topo Chico Mineral Water, 12 fl oz Glass Bottle $2.29
+Bubly Sparkling Water, Lime, 16 fl oz Can $1.49
+Perrier Carbonated Mineral Water, 16.9 fl oz $2.29
+Polar Seltzer Water, Original, 1 Liter $1.79
CAT water @ Cooler
Dasani Purified Water, 20 fl oz $1.99
+Aquafina Purified Drinking Water, {20 fl oz:1.99|1 Liter:2.49} $1.99
+Smartwater Vapor Distilled Water, {20 fl oz:2.49|1 Liter:2.99} $2.49
+Liquid Death Mountain Water, 16.9 fl oz Can $2.29
+Crystal Geyser Alpine Spring Water, 1 Gallon $2.29
+Poland Spring Natural Spring Water, 24 pk, 16.9 fl oz Bottles $7.99
CAT energy drinks @ Cooler
Red Bull Energy Drink, {8.4 fl oz:3.29|12 fl oz:3.99|16 fl oz:4.49} $3.29
+Red Bull Sugarfree Energy Drink, 8.4 fl oz $3.29
+Monster Energy Original Green, 16 fl oz Can $3.29
+Monster Energy Zero Ultra, 16 fl oz Can $3.29
+Rockstar Original Energy Drink, 16 fl oz Can $2.99
+Celsius Sparkling Orange Energy Drink, 12 fl oz Can $2.79
+Celsius Sparkling Kiwi Guava Energy Drink, 12 fl oz Can $2.79
+C4 Energy Frozen Bombsicle, 16 fl oz Can $2.99
+Alani Nu Energy Cosmic Stardust, 12 fl oz Can $2.99
CAT energy shots @ Front Counter
5-hour ENERGY Shot, Berry, 1.93 fl oz $3.49
+5-hour ENERGY Shot, Extra Strength, Grape, 1.93 fl oz $3.79
+5-hour ENERGY Shot, Extra Strength, Sour Apple, 1.93 fl oz $3.79
+Vivarin Caffeine Alertness Aid Tablets, 200 mg, 16 ct $7.99
CAT sports drinks @ Cooler
Gatorade Thirst Quencher, {Cool Blue|Fruit Punch}, 28 fl oz $2.49
+Gatorade Zero Sugar Thirst Quencher, Glacier Cherry, 28 fl oz $2.49
+Powerade Mountain Berry Blast Sports Drink, 28 fl oz $2.29
+Powerade Zero Sugar Fruit Punch Sports Drink, 28 fl oz $2.29
+BodyArmor SuperDrink, Strawberry Banana, 16 fl oz $2.49
+BodyArmor Lyte Sports Drink, Peach Mango, 16 fl oz $2.49
+Prime Hydration Drink, Ice Pop, 16.9 fl oz $2.99
+Pedialyte Electrolyte Solution, Grape, 1 Liter $7.49
CAT juice @ Cooler
Tropicana Pure Premium Orange Juice, No Pulp, 12 fl oz $2.99
+Simply Orange Pulp Free Orange Juice, 52 fl oz $5.79
+Minute Maid Apple Juice, 15.2 fl oz $2.29
+Ocean Spray Cranberry Juice Cocktail, 15.2 fl oz $2.29
+Welch's 100% Grape Juice, Concord Grape, 10 fl oz $1.99
+SunnyD Tangy Original Orange Flavored Citrus Punch, 16 fl oz $1.79
+Naked Green Machine Juice Smoothie, 15.2 fl oz $4.49
+Simply Lemonade, 52 fl oz $4.49
CAT iced tea @ Cooler
Arizona Green Tea with Ginseng and Honey, 23 fl oz Can $1.29
+Arizona Arnold Palmer Half & Half Iced Tea Lemonade, 23 fl oz Can $1.29
+Pure Leaf Sweet Tea, 18.5 fl oz $2.49
+Gold Peak Sweet Tea, 18.5 fl oz $2.29
+Snapple Peach Tea, 16 fl oz $2.29
+GT's Synergy Trilogy Kombucha, 16 fl oz $4.29
CAT bottled coffee @ Cooler
Starbucks Frappuccino Chilled Coffee Drink, {Mocha|Vanilla}, 13.7 fl oz $3.79
+Starbucks Doubleshot Espresso, 6.5 fl oz Can $3.49
+Dunkin' Mocha Iced Coffee, 13.7 fl oz $3.29
+Stok Cold Brew Coffee, Unsweetened, 48 fl oz $5.99
CAT protein shakes @ Cooler
Fairlife Core Power Protein Shake, Chocolate, 14 fl oz $4.29
+Premier Protein Shake, Chocolate, 11 fl oz $3.49
+Muscle Milk Genuine Protein Shake, Vanilla Creme, 14 fl oz $3.99
+Ensure Original Nutrition Shake, Vanilla, 8 fl oz, 4 pk $9.99
CAT drink mixes @ Aisle 3 right
Crystal Light On The Go Lemonade Drink Mix, 10 ct $3.49
+MiO Berry Blast Liquid Water Enhancer, 1.62 fl oz $3.99
+Liquid I.V. Hydration Multiplier, Lemon Lime, 6 ct $9.99
+Kool-Aid Tropical Punch Drink Mix, 19 oz $3.29
+Propel Electrolyte Water Powder Packets, Berry, 10 ct $4.99

DEPT coffee bar & fountain
CAT hot coffee @ Coffee Bar
Fresh Brewed House Blend Coffee, {12 oz:1.49|16 oz:1.79|20 oz:1.99} Cup $1.79
+Fresh Brewed Dark Roast Coffee, 20 oz Cup $1.99
+Fresh Brewed Decaf Coffee, 16 oz Cup $1.79
+French Vanilla Cappuccino, 16 oz Cup $1.79
+Hot Chocolate, 16 oz Cup $1.79
+Bigelow Hot Tea, Assorted, 16 oz Cup $1.49
+Iced Coffee, Cold Brew, 24 oz Cup $2.99
CAT bakery case @ Coffee Bar
Fresh Glazed Donut, Each $1.29
+Fresh Chocolate Frosted Donut, Each $1.39
+Fresh Glazed Donuts, Dozen Box $9.99
+Fresh Apple Fritter, Each $2.49
+Fresh Blueberry Muffin, Each $2.29
+Fresh Butter Croissant, Each $1.99
+Sausage & Cheese Kolache, Each $2.29
CAT fountain drinks @ Fountain
Fountain Soft Drink, {22 oz:1.29|32 oz:1.59|44 oz:1.89} Cup $1.29
+ICEE Frozen Slush, {Cherry|Blue Raspberry}, 32 oz Cup $2.79
+Fountain Iced Tea, Sweet, 32 oz Cup $1.49
+Cup of Ice, 44 oz $0.50

DEPT hot food & deli
CAT hot food @ Hot Food Case
Roller Grill All Beef Hot Dog, Quarter Pound $2.49
+Roller Grill Chili Cheese Hot Dog $2.99
+Roller Grill Buffalo Chicken Roller $2.29
+Roller Grill Beef & Cheese Taquito $1.49
+Hunt Brothers Pepperoni Pizza Slice $2.99
+Hunt Brothers Whole Pepperoni Pizza, 14 in. $12.99
+Fried Chicken Tenders, 3 pc $4.99
+Corn Dog, Each $1.99
+Jumbo Soft Pretzel, Each $2.49
+Sausage, Egg & Cheese Breakfast Burrito $3.49
+Sausage, Egg & Cheese Biscuit Sandwich $2.99
+Bacon, Egg & Cheese Croissant Sandwich $3.49
CAT sandwiches wraps @ Grab & Go Case
Deli Express Turkey & Cheese Sub Sandwich, 6 in. $5.99
+Deli Express Italian Sub Sandwich, 6 in. $6.49
+Deli Express Cheeseburger, 5.6 oz $4.49
+Deli Express Spicy Chicken Sandwich $4.49
+Egg Salad Sandwich on White Bread $4.49
+Tuna Salad Sandwich on Wheat Bread $4.99
+Chicken Caesar Wrap $6.49
+Buffalo Chicken Wrap $6.49
+Smucker's Uncrustables Peanut Butter & Grape Jelly Sandwich, 2 oz $1.49
CAT salads snack packs @ Grab & Go Case
Chicken Caesar Salad Bowl, 7 oz $6.99
+Chef Salad with Ham & Turkey, 8 oz $6.99
+Fresh Cut Fruit Cup, Mixed Melon, 10 oz $3.99
+Eggland's Best Hard-Cooked Peeled Eggs, 2 ct $1.99
+Sabra Classic Hummus with Pretzels Snack Pack, 4.56 oz $3.49
+P3 Portable Protein Pack, Ham, Cheddar & Almonds, 2.3 oz $2.99

DEPT dairy & refrigerated
CAT milk @ Dairy Cooler
Borden Whole Milk, {1 Gallon:4.99|Half Gallon:3.29} $4.99
+Borden 2% Reduced Fat Milk, 1 Gallon $4.99
+Borden 1% Lowfat Milk, Half Gallon $3.29
+TruMoo Chocolate 1% Lowfat Milk, 14 fl oz $2.29
+Nesquik Strawberry Lowfat Milk, 14 fl oz $2.49
+Lactaid 100% Lactose Free 2% Milk, 64 fl oz $5.29
+Silk Original Almond Milk, Half Gallon $4.29
+Coffee-mate French Vanilla Liquid Coffee Creamer, 32 fl oz $5.29
+International Delight Sweet Cream Coffee Creamer, 32 fl oz $4.99
CAT eggs butter cheese @ Dairy Cooler
Eggland's Best Large Grade A Eggs, 12 ct $4.99
+Cal-Maine Large White Eggs, 18 ct $5.49
+Land O Lakes Salted Butter, 4 Sticks, 16 oz $5.99
+Kraft Singles American Cheese Slices, 16 ct $4.79
+Sargento Sliced Medium Cheddar Cheese, 10 ct $4.49
+Babybel Original Mini Cheese, 6 ct $4.99
+Frigo Cheese Heads Original String Cheese, 12 ct $5.49
+Philadelphia Original Cream Cheese, 8 oz $3.79
+Daisy Pure & Natural Sour Cream, 16 oz $2.99
CAT yogurt @ Dairy Cooler
Chobani Greek Yogurt, {Strawberry on the Bottom|Blueberry on the Bottom|Vanilla}, 5.3 oz $1.79
+Dannon Oikos Triple Zero Greek Yogurt, Vanilla, 5.3 oz $1.79
+Yoplait Original Strawberry Yogurt, 6 oz $1.09
+Yoplait Go-Gurt Strawberry Yogurt Tubes, 8 ct $3.99
+Danone Activia Probiotic Yogurt, Strawberry, 4 ct $4.29
CAT lunch meat hot dogs @ Dairy Cooler
Oscar Mayer Classic Bologna, 16 oz $3.99
+Oscar Mayer Deli Fresh Oven Roasted Turkey Breast, 9 oz $5.49
+Hillshire Farm Ultra Thin Honey Ham, 9 oz $5.49
+Oscar Mayer Classic Beef Franks, 10 ct $4.99
+Bar-S Classic Franks, 12 oz $1.99
+Oscar Mayer Lunchables Turkey & Cheddar Cracker Stackers, 3.2 oz $2.79
+Oscar Mayer Lunchables Pizza with Pepperoni, 4.3 oz $2.99
+Oscar Mayer Fully Cooked Original Bacon, 2.52 oz $5.99

DEPT bread & breakfast
CAT bread buns @ Aisle 4 left
Wonder Classic White Bread, 20 oz $3.99
+Nature's Own Honey Wheat Bread, 20 oz $4.29
+Sara Lee Artesano Original Bakery Bread, 20 oz $4.49
+Ball Park Hot Dog Buns, 8 ct $3.29
+Ball Park Hamburger Buns, 8 ct $3.29
+King's Hawaiian Original Hawaiian Sweet Rolls, 12 ct $4.99
+Mission Soft Taco Flour Tortillas, 10 ct $3.49
+Mission Yellow Corn Tortillas, 30 ct $3.29
+Thomas' Original English Muffins, 6 ct $4.49
+Thomas' Plain Bagels, 6 ct $4.49
CAT cereal breakfast @ Aisle 4 right
Kellogg's Frosted Flakes Cereal, 13.5 oz $5.49
+General Mills Honey Nut Cheerios Cereal, 10.8 oz $5.49
+Cap'n Crunch Original Cereal, 14 oz $4.99
+Quaker Instant Oatmeal, Maple & Brown Sugar, 10 ct $4.99
+Kellogg's Pop-Tarts Frosted Strawberry, {2 ct:1.79|8 ct:4.29} $1.79
+Kellogg's Pop-Tarts Frosted Brown Sugar Cinnamon, 8 ct $4.29
+Kellogg's Nutri-Grain Soft Baked Breakfast Bars, Strawberry, 8 ct $4.49
+Pearl Milling Company Original Syrup, 24 fl oz $4.99
CAT peanut butter spreads @ Aisle 4 right
Jif Creamy Peanut Butter, 16 oz $3.99
+Skippy Super Chunk Peanut Butter, 16.3 oz $3.99
+Smucker's Concord Grape Jelly, 18 oz $3.49
+Smucker's Strawberry Jam, 18 oz $3.79
+Nutella Hazelnut Spread with Cocoa, 13 oz $5.49
+Sue Bee Clover Honey, 12 oz Bear $5.49

DEPT frozen
CAT ice cream @ Freezer
Ben & Jerry's {Cherry Garcia|Chocolate Chip Cookie Dough|Half Baked} Ice Cream, 1 pt $6.49
+Häagen-Dazs Vanilla Ice Cream, 14 oz $5.99
+Breyers Natural Vanilla Ice Cream, 48 oz $5.99
+Talenti Sea Salt Caramel Gelato, 1 pt $5.99
+Klondike Original Ice Cream Bars, 6 ct $5.49
+Drumstick Classic Vanilla Fudge Sundae Cone, Single $2.49
+Blue Bunny Big Vanilla Ice Cream Sandwich, Single $2.29
+Blue Bunny Bomb Pop Original Ice Pop, Single $1.49
+Popsicle Orange Cherry Grape Ice Pops, 12 ct $4.49
+Outshine Strawberry Frozen Fruit Bars, 6 ct $5.29
CAT frozen meals pizza @ Freezer
Totino's Pepperoni Pizza Rolls, 15 ct $3.49
+Totino's Party Pizza, Pepperoni, 9.8 oz $2.49
+DiGiorno Rising Crust Pepperoni Pizza, 12 in. $8.99
+Red Baron Classic Crust Four Cheese Pizza, 21 oz $6.49
+Hot Pockets Pepperoni Pizza Sandwiches, 2 ct $3.99
+Banquet Chicken Pot Pie, 7 oz $1.69
+Stouffer's Macaroni & Cheese, 12 oz $4.29
+El Monterey Beef & Bean Burritos, 8 ct $5.99
+White Castle Original Sliders, 6 ct $6.99
CAT frozen breakfast @ Freezer
Jimmy Dean Sausage, Egg & Cheese Croissant Sandwiches, 4 ct $8.49
+Eggo Homestyle Waffles, 10 ct $3.99
+Jimmy Dean Pancakes & Sausage on a Stick, 4 ct $7.49
CAT ice @ Front Entrance
Reddy Ice Bagged Ice, {7 lb:2.99|20 lb:5.99} $2.99
+Reddy Ice Block Ice, 10 lb $3.99

DEPT grocery
CAT canned food @ Aisle 5 left
Campbell's Chicken Noodle Condensed Soup, 10.75 oz $1.99
+Campbell's Chunky Classic Chicken Noodle Soup, 18.6 oz $3.49
+Progresso Traditional Chicken Noodle Soup, 19 oz $3.29
+Chef Boyardee Beefaroni, 15 oz $1.99
+Campbell's SpaghettiOs Original, 15.8 oz $1.79
+Hormel Chili with Beans, 15 oz $3.29
+Dinty Moore Beef Stew, 20 oz $4.29
+StarKist Chunk Light Tuna in Water, 5 oz $1.49
+Armour Original Vienna Sausage, 4.6 oz $1.29
+Spam Classic, 12 oz $4.79
+Bush's Best Original Baked Beans, 16 oz $2.49
CAT instant noodles @ Aisle 5 left
Maruchan Ramen Noodle Soup, {Chicken|Beef|Shrimp}, 3 oz $0.49
+Maruchan Instant Lunch Ramen Noodles with Vegetables, Chicken, 2.25 oz Cup $0.99
+Nissin Cup Noodles, Chicken, 2.25 oz $1.19
+Nissin Top Ramen Noodle Soup, Chicken, 3 oz $0.59
+Samyang Buldak Hot Chicken Flavor Ramen, 4.93 oz $2.99
+Nongshim Shin Ramyun Noodle Soup, 4.2 oz $1.79
CAT boxed meals pasta rice @ Aisle 5 left
Kraft Original Macaroni & Cheese Dinner, 7.25 oz $1.79
+Kraft Easy Mac Original Macaroni & Cheese Cup, 2.05 oz $1.49
+Velveeta Shells & Cheese Original, 12 oz $3.99
+Barilla Spaghetti, 16 oz $2.29
+Ragu Old World Style Traditional Pasta Sauce, 24 oz $3.49
+Ben's Original Ready Rice, Whole Grain Brown, 8.8 oz $2.99
+Knorr Rice Sides, Chicken, 5.6 oz $1.79
+Idahoan Buttery Homestyle Mashed Potatoes, 4 oz $1.79
CAT condiments sauces @ Aisle 5 right
Heinz Tomato Ketchup, 20 oz $3.99
+French's Classic Yellow Mustard, 14 oz $2.49
+Hellmann's Real Mayonnaise, 15 fl oz $4.99
+Hidden Valley Original Ranch Dressing, 16 fl oz $4.99
+Sweet Baby Ray's Original Barbecue Sauce, 18 oz $2.99
+Cholula Original Hot Sauce, 5 fl oz $4.29
+Valentina Salsa Picante Hot Sauce, 12.5 fl oz $1.99
+Huy Fong Sriracha Hot Chili Sauce, 17 oz $5.99
+Van Holten's Big Papa Dill Pickle in a Pouch $1.49
CAT cooking baking @ Aisle 5 right
Morton Iodized Salt, 26 oz $1.99
+McCormick Ground Black Pepper, 3 oz $4.49
+Domino Granulated Sugar, 4 lb $4.49
+Gold Medal All-Purpose Flour, 5 lb $4.29
+Wesson Vegetable Oil, 48 fl oz $5.99
+Pam Original Cooking Spray, 6 oz $4.49
+Splenda No Calorie Sweetener Packets, 100 ct $5.49
CAT coffee tea take home @ Aisle 3 right
Folgers Classic Roast Ground Coffee, 11.3 oz $7.99
+Maxwell House Original Roast Ground Coffee, 11.5 oz $7.49
+Starbucks Pike Place Roast K-Cup Coffee Pods, 10 ct $9.99
+Nescafé Clásico Dark Roast Instant Coffee, 7 oz $7.49
+Lipton Black Tea Bags, 100 ct $5.49
+Bigelow Green Tea Bags, 20 ct $3.99
+Swiss Miss Milk Chocolate Hot Cocoa Mix, 8 ct $2.99
+Coffee-mate Original Powdered Coffee Creamer, 11 oz $4.49

DEPT household
CAT paper goods @ Aisle 6 left
Bounty Select-A-Size Paper Towels, {2 Double Rolls:5.99|6 Double Rolls:15.99} $5.99
+Charmin Ultra Soft Toilet Paper, 4 Mega Rolls $7.99
+Scott 1000 Toilet Paper, 4 Rolls $4.99
+Kleenex Trusted Care Facial Tissues, 144 ct $2.99
+Vanity Fair Everyday Dinner Napkins, 40 ct $3.49
+Dixie Everyday Paper Plates, 8.5 in., 44 ct $4.99
+Solo Red Plastic Party Cups, 18 oz, 30 ct $4.99
+Dixie Heavy-Weight Assorted Plastic Cutlery, 48 ct $3.99
CAT foil food storage @ Aisle 6 left
Reynolds Wrap Aluminum Foil, {30 sq ft:3.99|75 sq ft:6.99} $3.99
+Glad ClingWrap Plastic Wrap, 100 sq ft $3.49
+Ziploc Storage Bags, Gallon, 19 ct $4.99
+Ziploc Sandwich Bags, 40 ct $3.99
+Reynolds Disposable Aluminum Baking Pans, 13 x 9 in., 3 ct $4.99
CAT trash bags @ Aisle 6 left
Glad Tall Kitchen Drawstring Trash Bags, 13 gal, {15 ct:5.99|45 ct:13.99} $5.99
+Hefty Strong Large Trash Bags, 30 gal, 15 ct $7.99
+Hefty Small Trash Bags, 4 gal, 26 ct $3.99
CAT cleaning laundry @ Aisle 6 right
Dawn Ultra Original Dish Soap, 19.4 fl oz $3.99
+Tide Original Liquid Laundry Detergent, 46 fl oz $10.99
+Tide Pods Original Laundry Detergent Pacs, 16 ct $6.49
+Clorox Disinfecting Wipes, Fresh Scent, 35 ct $5.49
+Windex Original Glass Cleaner, 23 fl oz $4.29
+Lysol Disinfectant Spray, Crisp Linen, 12.5 oz $7.49
+Scotch-Brite Heavy Duty Scrub Sponges, 3 ct $3.99
+Febreze Air Mist Air Freshener, Linen & Sky, 8.8 oz $4.49
+Raid Ant & Roach Killer, 17.5 oz $6.49
CAT light bulbs flashlights @ Aisle 6 right
GE LED Light Bulbs, 60W Equivalent, Soft White, 4 pk $9.99
+Philips LED Light Bulbs, 100W Equivalent, Daylight, 2 pk $8.99
+GE Appliance Light Bulb, 40W, 1 pk $4.49
+Energizer LED Flashlight with 2 AA Batteries $9.99
+Rayovac Virtually Indestructible LED Flashlight $14.99
+Energizer Vision LED Headlamp $12.99
+Woods 6 ft Indoor Extension Cord, 3 Outlet, White $5.99
CAT tape glue tools @ Aisle 6 right
Duck Tape Silver Duct Tape, 1.88 in. x 20 yd $6.99
+3M Temflex Vinyl Electrical Tape, 3/4 in. x 60 ft $2.99
+Gorilla Super Glue Gel, 2 g $4.99
+Keeper Bungee Cords, 24 in., 6 pk $7.99
CAT batteries @ Front Counter
Duracell Coppertop AA Alkaline Batteries, {4 pk:6.99|8 pk:11.99} $6.99
+Duracell Coppertop AAA Alkaline Batteries, {4 pk:6.99|8 pk:11.99} $6.99
+Duracell Coppertop D Alkaline Batteries, 2 pk $5.99
+Duracell Coppertop 9V Alkaline Battery, 1 pk $4.99
+Energizer MAX AA Alkaline Batteries, 4 pk $6.49
+Energizer CR2032 Lithium Coin Batteries, 2 pk $5.99
CAT lighters matches @ Front Counter
BIC Classic Pocket Lighter, {1 ct:1.99|5 ct:7.99} $1.99
+Clipper Refillable Lighter, Assorted Colors $1.99
+Zippo Classic Brushed Chrome Windproof Lighter $19.99
+BIC Multi-Purpose Candle Lighter $4.49
+Zippo Premium Lighter Fluid, 4 fl oz $4.99
+Colibri Premium Butane Refill, 2.7 oz $6.99
+Diamond Greenlight Strike Anywhere Matches, 250 ct $2.99

DEPT health
CAT pain relief @ Aisle 7 left
Advil Ibuprofen Tablets, 200 mg, {24 ct:6.49|50 ct:9.99} $6.49
+Advil PM Caplets, 20 ct $8.99
+Tylenol Extra Strength Acetaminophen Caplets, 500 mg, {24 ct:6.99|50 ct:10.99} $6.99
+Tylenol PM Extra Strength Caplets, 24 ct $8.99
+Aleve Naproxen Sodium Tablets, 220 mg, 24 ct $6.99
+Bayer Genuine Aspirin, 325 mg, 24 ct $5.49
+Excedrin Extra Strength Caplets, 24 ct $6.99
+BC Original Pain Reliever Powder, 6 ct $2.49
+Goody's Extra Strength Headache Powders, 6 ct $2.49
+Midol Complete Menstrual Caplets, 24 ct $7.99
+Icy Hot Advanced Relief Pain Relieving Patch, 5 ct $8.99
CAT cold flu allergy @ Aisle 7 left
Vicks DayQuil Cold & Flu LiquiCaps, 8 ct $5.99
+Vicks NyQuil Cold & Flu LiquiCaps, 8 ct $5.99
+Vicks NyQuil Cold & Flu Liquid, 8 fl oz $10.99
+Vicks VapoRub Topical Ointment, 1.76 oz $6.99
+Vicks ZzzQuil Nighttime Sleep Aid LiquiCaps, 12 ct $7.99
+Mucinex 12 Hr Chest Congestion Expectorant Tablets, 20 ct $13.99
+Halls Cherry Cough Drops, 30 ct $2.49
+Ricola Original Herb Cough Drops, 21 ct $2.99
+Claritin 24 Hour Allergy Tablets, 10 ct $14.99
+Benadryl Allergy Ultratabs, 24 ct $6.99
+Unisom SleepTabs Nighttime Sleep Aid, 16 ct $6.99
CAT stomach digestive @ Aisle 7 left
Tums Extra Strength Antacid Chewable Tablets, Assorted Fruit, {12 ct Roll:1.79|48 ct:5.49} $1.79
+Pepto-Bismol Original Liquid, 8 fl oz $6.99
+Pepto-Bismol Chewable Tablets, 24 ct $6.49
+Alka-Seltzer Original Effervescent Tablets, 12 ct $4.99
+Pepcid AC Maximum Strength Acid Reducer Tablets, 8 ct $6.99
+Imodium A-D Anti-Diarrheal Caplets, 12 ct $8.99
+Dramamine Motion Sickness Relief Original, 12 ct $6.49
CAT first aid @ Aisle 7 left
Band-Aid Flexible Fabric Adhesive Bandages, Assorted, 30 ct $5.49
+Band-Aid Tough-Strips Adhesive Bandages, 20 ct $5.29
+Neosporin Original First Aid Antibiotic Ointment, 0.5 oz $7.49
+Johnson & Johnson First Aid To Go! Kit, 12 pc $3.99
+Swan Hydrogen Peroxide 3%, 16 fl oz $1.49
+Swan Isopropyl Alcohol 70%, 16 fl oz $1.99
+ACE Elastic Bandage, 3 in. $6.99
+Visine Original Redness Relief Eye Drops, 0.5 fl oz $5.99
CAT sexual health @ Aisle 7 right
Trojan ENZ Lubricated Latex Condoms, {3 ct:5.99|12 ct:12.99} $5.99
+Trojan Magnum Large Size Lubricated Condoms, 3 ct $6.99
+Durex Extra Sensitive Condoms, 3 ct $5.99
+Lifestyles SKYN Original Non-Latex Condoms, 3 ct $6.49
+K-Y Jelly Personal Lubricant, 2 oz $6.49
+First Response Early Result Pregnancy Test, 1 ct $11.99

DEPT personal care
CAT oral care @ Aisle 7 right
Crest Cavity Protection Toothpaste, Regular, 5.7 oz $3.49
+Colgate Cavity Protection Toothpaste, Travel Size, 1 oz $1.29
+Colgate Extra Clean Toothbrushes, Medium, 2 ct $2.49
+Oral-B Indicator Contour Clean Toothbrush, Soft $2.99
+Listerine Cool Mint Antiseptic Mouthwash, 8.5 fl oz $4.99
+Oral-B Glide Pro-Health Dental Floss, 40 m $3.99
+Plackers Micro Line Dental Floss Picks, 75 ct $3.49
+Fixodent Original Denture Adhesive Cream, 2.4 oz $7.49
CAT deodorant @ Aisle 7 right
Old Spice High Endurance Deodorant, Pure Sport, 3 oz $5.49
+Old Spice Swagger Antiperspirant & Deodorant, 2.6 oz $6.49
+Degree Men Cool Rush Antiperspirant Deodorant, 2.7 oz $5.99
+Secret Invisible Solid Antiperspirant Deodorant, Powder Fresh, 2.6 oz $5.99
+Dove Advanced Care Antiperspirant Deodorant, Original Clean, 2.6 oz $6.49
+Speed Stick Regular Deodorant, 3 oz $3.49
+Axe Phoenix Deodorant Body Spray, 4 oz $6.99
CAT shaving @ Aisle 7 right
Gillette Fusion5 Men's Razor with 2 Blade Refills $11.99
+Gillette Sensor3 Men's Disposable Razors, 4 ct $8.99
+BIC Comfort 3 Disposable Razors, 4 ct $5.99
+Venus Smooth Women's Disposable Razors, 3 ct $8.99
+Barbasol Original Thick & Rich Shaving Cream, 10 oz $2.79
+Gillette Foamy Regular Shave Foam, 11 oz $3.49
CAT feminine care @ Aisle 7 right
Tampax Pearl Tampons, {Regular|Super} Absorbency, 18 ct $6.99
+Playtex Sport Tampons, Regular, 18 ct $6.99
+Always Maxi Pads, Size 2, Long, 20 ct $6.49
+Always Ultra Thin Pads, Size 1, Regular, 18 ct $6.49
+Carefree Acti-Fresh Panty Liners, 54 ct $4.99
CAT bath body hair @ Aisle 7 right
Dove Original Beauty Bar Soap, 2 ct $3.99
+Irish Spring Original Deodorant Bar Soap, 3 ct $3.99
+Dove Deep Moisture Body Wash, 11 fl oz $7.49
+Head & Shoulders Classic Clean Dandruff Shampoo, 13.5 fl oz $7.99
+Suave Men 3-in-1 Shampoo, Conditioner & Body Wash, 15 fl oz $3.49
+Purell Advanced Hand Sanitizer, {1 fl oz:1.49|8 fl oz:3.99} $1.49
+ChapStick Classic Original Lip Balm, 0.15 oz $1.79
+Carmex Classic Medicated Lip Balm Jar, 0.25 oz $2.29
+Q-tips Original Cotton Swabs, 170 ct $2.99
+Trim Nail Clipper with File $2.99

DEPT baby & pet
CAT baby care @ Aisle 8 left
Pampers Swaddlers Diapers, Size 1, 32 ct $12.99
+Huggies Little Movers Diapers, Size {3, 28 ct|4, 24 ct|5, 20 ct} $12.99
+Huggies Natural Care Sensitive Baby Wipes, 56 ct $3.49
+Similac 360 Total Care Infant Formula, Powder, 12.4 oz $24.99
+Enfamil NeuroPro Ready-to-Feed Infant Formula, 8 fl oz, 6 pk $14.99
+Gerber Graduates Puffs, Strawberry Apple, 1.48 oz $2.99
+Desitin Maximum Strength Diaper Rash Paste, 2 oz $7.49
+Johnson's Baby Shampoo, Tear-Free, 3.4 fl oz $2.99
+NUK Orthodontic Pacifiers, 0-6 Months, 2 pk $5.49
CAT pet supplies @ Aisle 8 right
Pedigree Adult Complete Nutrition Dry Dog Food, Roasted Chicken, 3.5 lb $7.99
+Purina Dog Chow Complete Adult Dry Dog Food, 4.4 lb $8.49
+Pedigree Chopped Ground Dinner Chicken Wet Dog Food, 13.2 oz $1.79
+Milk-Bone Original Dog Biscuits, Medium, 24 oz $6.49
+Pup-Peroni Original Beef Flavor Dog Treats, 5.6 oz $4.99
+Purina Cat Chow Complete Dry Cat Food, 3.15 lb $7.99
+Friskies Classic Pate Mariner's Catch Wet Cat Food, 5.5 oz Can $0.99
+Fancy Feast Classic Pate Chicken Feast Wet Cat Food, 3 oz Can $1.19
+Temptations Classic Cat Treats, Tasty Chicken, 3 oz $2.99
+Tidy Cats Clumping Cat Litter, 20 lb $12.99

DEPT automotive
CAT motor oil fluids @ Aisle 9 left
Valvoline Daily Protection {5W-30|10W-30} Motor Oil, 1 qt $8.49
+Mobil 1 Advanced Full Synthetic 5W-30 Motor Oil, 1 qt $11.99
+Pennzoil Platinum Full Synthetic 5W-20 Motor Oil, 1 qt $11.49
+Shell Rotella T4 15W-40 Diesel Engine Oil, 1 gal $24.99
+Prestone 50/50 Prediluted Antifreeze + Coolant, 1 gal $15.99
+Valvoline MaxLife Automatic Transmission Fluid, 1 qt $8.99
+Prestone DOT 3 Brake Fluid, 12 fl oz $6.99
+STP Gas Treatment, 5.25 fl oz $3.99
+Chevron Techron Complete Fuel System Cleaner, 12 fl oz $11.99
+Heet Gas-Line Antifreeze & Water Remover, 12 fl oz $2.99
CAT washer fluid @ Front Entrance
Prestone All Season Windshield Washer Fluid, 1 gal $3.99
+Rain-X 2-in-1 Glass Cleaner + Rain Repellent Windshield Washer Fluid, 1 gal $5.49
+Prestone De-Icer Windshield Washer Fluid, -27 F, 1 gal $4.49
CAT car care @ Aisle 9 left
Armor All Original Protectant Wipes, 25 ct $5.99
+Armor All Glass Wipes, 30 ct $5.99
+Rain-X Original Glass Water Repellent, 7 fl oz $5.99
+Prestone Windshield De-Icer Spray, 11 oz $5.49
+Fix-a-Flat Aerosol Tire Inflator, 16 oz $11.99
+WD-40 Multi-Use Product, 8 oz $6.49
+Bussmann ATO Blade Fuse Assortment, 8 pc $5.49
CAT car air fresheners @ Aisle 9 right
Little Trees Car Air Freshener, {Black Ice|Vanillaroma|New Car Scent}, 1 pk $1.49
+Little Trees Car Air Freshener, Black Ice, 3 pk $3.99
+Febreze Car Vent Clip Air Freshener, Linen & Sky, 2 ct $6.99
+Yankee Candle Car Jar Air Freshener, Midsummer's Night $3.49
+Ozium Air Sanitizer Spray, Original, 3.5 oz $6.49
CAT car accessories @ Aisle 9 right
Hopkins SubZero 22 in. Snow Brush with Ice Scraper $9.99
+Hopkins SubZero Ice Scraper, 10 in. $3.99
+Energizer 16 ft 4 Gauge Jumper Cables $34.99
+NOCO Boost Plus GB40 1000A Jump Starter $99.99
+Victor Pencil Tire Pressure Gauge $4.99
+Slime Digital Tire Pressure Gauge $9.99
+Scepter 2 gal SmartControl Gas Can $19.99
+Hopkins FloTool Funnel, 1 qt $2.99
DEPT electronics
CAT phone accessories @ Aisle 9 right
Anker USB-C to USB-C Charging Cable, 6 ft $12.99
+Belkin Lightning to USB-A Charging Cable, 3 ft $14.99
+iEssentials Lightning to USB Charging Cable, 6 ft $9.99
+Scosche USB-C Car Charger, 20W $14.99
+Scosche Dual USB-A Car Charger, 12W $12.99
+Belkin USB-C Wall Charger, 20W $19.99
+Apple 20W USB-C Power Adapter $19.99
+Anker PowerCore 10000 Portable Charger $29.99
+Scosche MagicMount Magnetic Dash Phone Mount $24.99
+Apple EarPods with Lightning Connector $19.99
+Skullcandy Jib Wired Earbuds with Microphone $9.99
+JLab Go Air Pop True Wireless Earbuds $24.99

DEPT seasonal & gifts
CAT seasonal @ Aisle 10 left
HotHands Hand Warmers, 2 ct $1.99
+Winter Knit Beanie Hat, Black, One Size $6.99
+Magic Stretch Knit Gloves, One Size $3.99
+Qik Joe Ice Melt, 10 lb Jug $9.99
+Banana Boat Sport Ultra Sunscreen Lotion, SPF 50, 8 fl oz $9.99
+Coppertone Sport Sunscreen Spray, SPF 50, 5.5 oz $10.99
+OFF! Deep Woods Insect Repellent Spray, 6 oz $8.49
+Foster Grant Men's Polarized Sunglasses, Black $19.99
+Kingsford Original Charcoal Briquets, 8 lb $9.99
+Kingsford Odorless Charcoal Lighter Fluid, 32 fl oz $6.99
+Lifoam Styrofoam Cooler, 28 qt $4.99
+totes Auto Open Compact Umbrella, Black $14.99
CAT greeting cards gift wrap @ Aisle 10 right
Hallmark Birthday Card, {Funny|For Kids} $4.99
+Hallmark Sympathy Card $5.99
+Hallmark Get Well Card $4.99
+Hallmark Anniversary Card $5.99
+Hallmark Thank You Cards, 10 ct $6.99
+Hallmark Gift Bag, Medium, Birthday $3.99
+Hallmark Birthday Candles, 24 ct $2.99
CAT magazines newspapers @ Aisle 10 right
People Magazine, Weekly Issue $6.99
+Car and Driver Magazine, Monthly Issue $7.99
+Sports Illustrated Magazine, Monthly Issue $9.99
+Woman's World Magazine, Weekly Issue $2.99
+Penny Press Original Crossword Puzzles Magazine $5.99
+USA Today Newspaper, Daily Edition $3.00
+The Wall Street Journal Newspaper, Daily Edition $5.00
+Rand McNally 2025 Road Atlas $14.99
CAT office school supplies @ Aisle 10 right
BIC Round Stic Ballpoint Pens, Black, 10 ct $2.99
+Ticonderoga #2 Pencils, 10 ct $3.49
+Scotch Magic Tape, 3/4 in. x 650 in. $2.99
+Sharpie Fine Point Permanent Markers, Black, 2 ct $3.49
+Mead Spiral Notebook, College Ruled, 70 Sheets $2.49
+USPS Forever Postage Stamps, Book of 20 $14.60
CAT gift cards @ Front Counter
Google Play Gift Card, $25 $25.00
+Apple Gift Card, $25 $25.00
+Amazon.com Gift Card, $50 $50.00
+Visa Prepaid Gift Card, $50 $55.95
"""

# name regexes used more than once
CANDY = ["chocolate candy", "checkout candy", "bagged candy"]
CHARGER = r"Charger|Power Adapter|Charging Cable"
ACETAMINOPHEN = r"Tylenol|Acetaminophen"

QUESTIONS = [
    # plain locate, shopper words
    ("potato chips", ["chips"], r"Potato (Chips|Crisps)"),
    ("beef jerky", ["jerky meat snacks"], "Beef Jerky"),
    ("sunflower seeds", ["nuts seeds"], "Sunflower Seeds"),
    ("trail mix", ["nuts seeds"], "Trail Mix"),
    ("microwave popcorn", ["pretzels popcorn"], "Microwave Popcorn"),
    ("peanut butter crackers", ["crackers"], "Peanut Butter"),
    ("honey bun", ["cookies snack cakes"], "Honey Bun"),
    ("gummy bears", ["bagged candy"], r"Goldbears|Gumm(y|i) Bears"),
    ("breath mints", ["gum mints", "bagged candy"], "Mints"),
    ("protein bar", ["granola protein bars"], "Protein Bar"),
    ("salsa", ["salsa dips"], r"Salsa(?! Con Queso)|Picante"),
    ("root beer", ["soda"], "Root Beer"),
    ("a birthday card", ["greeting cards gift wrap"], "Birthday Card"),
    ("bottled water", ["water"], None),
    ("sparkling water", ["sparkling water"], None),
    ("orange juice", ["juice"], "Orange Juice"),
    ("bottled iced coffee", ["bottled coffee"], None),
    ("hot chocolate", ["hot coffee", "coffee tea take home"], r"Hot Chocolate|Hot Cocoa"),
    ("donuts", ["bakery case", "cookies snack cakes"], "Donut"),
    ("hot dog", ["hot food", "lunch meat hot dogs"], r"Hot Dog(?! Bun)|Franks"),
    ("a breakfast burrito", ["hot food"], "Breakfast Burrito"),
    ("string cheese", ["eggs butter cheese"], "String Cheese"),
    ("a loaf of bread", ["bread buns"], "Bread"),
    ("magazines", ["magazines newspapers"], "Magazine"),
    ("oatmeal", ["cereal breakfast"], "Oatmeal"),
    ("peanut butter", ["peanut butter spreads"], "Peanut Butter"),
    ("ice cream", ["ice cream"], r"Ice Cream|Gelato|Sundae Cone"),
    ("frozen pizza", ["frozen meals pizza"], r"Pizza(?! Rolls| Sandwich)"),
    ("ramen noodles", ["instant noodles"], None),
    ("canned soup", ["canned food"], "Soup"),
    ("mac and cheese", ["boxed meals pasta rice", "frozen meals pizza"], r"Macaroni|Shells & Cheese"),
    ("ketchup", ["condiments sauces"], "Ketchup"),
    ("toilet paper", ["paper goods"], "Toilet Paper"),
    ("light bulbs", ["light bulbs flashlights"], "Bulb"),
    ("condoms", ["sexual health"], "Condoms"),
    ("toothpaste", ["oral care"], "Toothpaste"),
    ("razors", ["shaving"], "Razor"),
    ("tampons", ["feminine care"], "Tampons"),
    ("dog food", ["pet supplies"], "Dog Food"),
    ("cat litter", ["pet supplies"], "Litter"),
    ("windshield washer fluid", ["washer fluid"], "Washer Fluid"),
    ("air freshener for my car", ["car air fresheners"], None),
    ("ice scraper", ["car accessories"], "Ice Scraper"),
    ("earbuds", ["phone accessories"], r"Earbuds|EarPods"),
    ("sunscreen", ["seasonal"], "Sunscreen"),
    # brand names used generically
    ("doritos", ["chips"], "Doritos"),
    ("slim jim", ["jerky meat snacks"], "Slim Jim"),
    ("twinkies", ["cookies snack cakes"], "Twinkies"),
    ("red bull", ["energy drinks"], "Red Bull"),
    ("lunchables", ["lunch meat hot dogs"], "Lunchables"),
    ("pop tarts", ["cereal breakfast"], "Pop-Tarts"),
    ("nyquil", ["cold flu allergy"], "NyQuil"),
    ("tums", ["stomach digestive"], "Tums"),
    ("chapstick", ["bath body hair"], "Lip Balm"),
    # misspellings
    ("asprin", ["pain relief"], "Aspirin"),
    ("deoderant", ["deodorant"], r"Deodorant|Antiperspirant"),
    ("sandwhich", ["sandwiches wraps"], None),
    ("gatoraid", ["sports drinks"], "Gatorade"),
    ("cheetoes", ["chips"], "Cheetos"),
    ("tylenal", ["pain relief"], "Tylenol"),
    ("antifreez", ["motor oil fluids"], "Antifreeze \\+ Coolant"),
    # British / Australian words
    ("a torch", ["light bulbs flashlights"], r"Flashlight|Headlamp"),
    ("kitchen roll", ["paper goods"], "Paper Towels"),
    ("bin bags", ["trash bags"], None),
    ("paracetamol", ["pain relief"], ACETAMINOPHEN),
    ("a petrol can", ["car accessories"], "Gas Can"),
    ("sweets", CANDY, None),
    # chatty
    ("hey, where do you keep the energy drinks", ["energy drinks", "energy shots"], "Energy"),
    ("excuse me, do you sell phone chargers", ["phone accessories"], CHARGER),
    ("hi, my kid wants a slushie", ["fountain drinks"], "Slush"),
    ("good morning, where's the coffee", ["hot coffee", "coffee tea take home", "bottled coffee"], r"^(?!.*(Decaf|Creamer)).*(Coffee|Cappuccino)"),
    ("hello, i need motor oil for my truck", ["motor oil fluids"], r"Motor Oil|Engine Oil"),
    # sizes and modifiers
    ("2 liter pepsi", ["soda"], r"^Pepsi, 2 Liter"),
    ("12 pack of coke cans", ["soda"], r"Coca-Cola.*12 pk"),
    ("king size reese's", ["chocolate candy"], r"Reese's.*King Size"),
    ("a 10 pound block of ice", ["ice"], "Block Ice"),
    ("8 pack of aaa batteries", ["batteries"], r"\bAAA\b.*8 pk"),
    # Spanish words mixed in
    ("leche", ["milk"], r"Milk\b"),
    ("una bolsa de hielo", ["ice"], "Bagged Ice"),
    ("pilas AA", ["batteries"], r"\bAA\b"),
    ("where are the pañales", ["baby care"], "Diapers"),
    ("un cargador for my phone", ["phone accessories"], CHARGER),
    # price checks
    ("how much is a 20 oz coke", None, r"Coca-Cola Classic, 20 fl oz", "price"),
    ("price of a 16 oz red bull", None, r"^Red Bull Energy Drink, 16 fl oz", "price"),
    ("how much is a slice of hunt brothers pepperoni pizza", None, r"Pepperoni Pizza Slice", "price"),
    ("how much is the big bag of jack link's original jerky", None, r"Jack Link's Original Beef Jerky, 10 oz", "price"),
    ("price of a 20 lb bag of ice", None, r"Bagged Ice, 20 lb", "price"),
    ("how much is a quart of mobil 1 5w-30", None, r"Mobil 1 .*5W-30", "price"),
    ("how much are trojan magnums", None, r"Trojan Magnum", "price"),
    ("what does the anker portable charger cost", None, r"Anker PowerCore", "price"),
    ("price of a dozen donuts", None, r"Donuts, Dozen", "price"),
    ("how much is a gallon of whole milk", None, r"Whole Milk, 1 Gallon", "price"),
    # stock checks
    ("is the noco jump starter in stock", None, r"NOCO Boost", "stock"),
    ("do you have prime hydration in stock", None, r"Prime Hydration", "stock"),
    ("any ben and jerry's half baked left", None, r"Half Baked", "stock"),
    ("are the apple earpods in stock", None, r"Apple EarPods", "stock"),
    ("do you have monster zero ultra in stock", None, r"Monster Energy Zero Ultra", "stock"),
    ("is liquid iv in stock", None, r"Liquid I\.V\.", "stock"),
    ("do you have takis in stock", None, r"Takis", "stock"),
    ("is the zippo lighter fluid in stock", None, r"Zippo Premium Lighter Fluid", "stock"),
    # absent: no tobacco, no alcohol, no lottery, no services, no fresh produce or raw meat
    ("a pack of cigarettes", None, None, "absent"),
    ("a six pack of beer", None, None, "absent"),
    ("lottery tickets", None, None, "absent"),
    ("a bottle of wine", None, None, "absent"),
    ("propane tank exchange", None, None, "absent"),
    ("a car wash", None, None, "absent"),
    ("fresh avocados", None, None, "absent"),
    ("a head of lettuce", None, None, "absent"),
    ("a pound of ground beef", None, None, "absent"),
    ("vape pens", None, None, "absent"),
    ("a box of cigars", None, None, "absent"),
    ("chewing tobacco", None, None, "absent"),
    ("a car battery", None, None, "absent"),
    ("diesel exhaust fluid", None, None, "absent"),
    ("dry ice", None, None, "absent"),
    ("fireworks", None, None, "absent"),
    ("nicorette gum", None, None, "absent"),
    ("white claw hard seltzer", None, None, "absent"),
    ("a money order", None, None, "absent"),
    ("rolling papers", None, None, "absent"),
]

HELDOUT_B = [
    # British and Australian words
    ("crisps", ["chips"], None),
    ("a fizzy drink", ["soda", "fountain drinks"], r"^(?!ICEE|Fountain Iced Tea|Cup of Ice)"),
    ("lollies for the kids", ["checkout candy", "bagged candy"], None),
    ("nappies size 4", ["baby care"], r"Diapers, Size 4"),
    ("plasters for a cut", ["first aid"], "Adhesive Bandages"),
    ("loo roll", ["paper goods"], "Toilet Paper"),
    ("cling film", ["foil food storage"], "Plastic Wrap"),
    ("jumper leads", ["car accessories"], "Jumper Cables"),
    ("serviettes", ["paper goods"], "Napkins"),
    ("an ice lolly", ["ice cream"], r"Ice Pops?\b|Fruit Bars"),
    ("mozzie spray", ["seasonal"], "Insect Repellent"),
    ("sun cream", ["seasonal"], "Sunscreen"),
    ("panadol", ["pain relief"], ACETAMINOPHEN),
    ("washing up liquid", ["cleaning laundry"], "Dish Soap"),
    ("a brolly", ["seasonal"], "Umbrella"),
    ("an esky for the beach", ["seasonal"], "Styrofoam Cooler"),
    # slang and other names
    ("a slurpee", ["fountain drinks"], "Slush"),
    ("a bottle of pop", ["soda"], None),
    # misspellings
    ("redbul", ["energy drinks"], "Red Bull"),
    ("monstar energy", ["energy drinks"], "Monster"),
    ("condums", ["sexual health"], "Condoms"),
    ("advill", ["pain relief"], "Advil"),
    ("tooth past", ["oral care"], "Toothpaste"),
    ("funyons", ["chips"], "Funyuns"),
    # needs
    ("something for a hangover", ["pain relief", "stomach digestive", "sports drinks", "drink mixes"],
     r"Advil(?! PM)|Tylenol Extra|Aleve|Aspirin|Excedrin|BC Original|Goody's|Alka-Seltzer|Pepto|Pedialyte"
     r"|Gatorade|Powerade|BodyArmor|Prime Hydration|Liquid I\.V\.|Propel"),
    ("i need to jump my car", ["car accessories"], r"Jumper Cables|Jump Starter"),
    ("something for heartburn", ["stomach digestive"], r"Tums|Pepcid|Antacid|Alka-Seltzer|Pepto"),
    ("something to keep me awake on the drive", ["energy drinks", "energy shots", "bottled coffee", "hot coffee"],
     r"^(?!.*Decaf)(?!Hot Chocolate)(?!Bigelow)"),
    ("my phone is dying and i'm in the car", ["phone accessories"], r"Car Charger|Portable Charger"),
    # who-for
    ("a treat for my dog", ["pet supplies"], r"Dog Treats|Dog Biscuits"),
    ("formula for my baby", ["baby care"], "Infant Formula"),
    ("something for my daughter's period cramps", ["pain relief"], r"^(?!.*\bPM\b)(?!Icy Hot)"),
    # Spanish words
    ("agua fría", ["water"], None),
    ("dulces para los niños", CANDY, None),
    ("aceite para el motor", ["motor oil fluids"], r"Motor Oil|Engine Oil"),
    # price
    ("how much for a 44 oz fountain drink", None, r"Fountain Soft Drink, 44 oz", "price"),
    ("how much is the 3 pack of black ice little trees", None, r"Black Ice, 3 pk", "price"),
    ("how much is the rain-x washer fluid", None, r"Rain-X 2-in-1", "price"),
    ("how much is a roll of tums", None, r"Tums.*Roll", "price"),
    ("price of a bc powder", None, r"BC Original", "price"),
    # stock
    ("any hot hands hand warmers left", None, r"HotHands Hand Warmers", "stock"),
    ("do you have the buldak spicy noodles in stock", None, r"Buldak", "stock"),
    ("is the rand mcnally road atlas in stock", None, r"Road Atlas", "stock"),
    ("do you have celsius energy drinks in stock", None, r"^Celsius", "stock"),
    # absent
    ("a pack of smokes", None, None, "absent"),
    ("cerveza fría", None, None, "absent"),
    ("scratchies", None, None, "absent"),
    ("a bag of spuds", None, None, "absent"),
    ("a gas bottle refill for the bbq", None, None, "absent"),
    ("a vape", None, None, "absent"),
]

FORCE_OOS = [r"NOCO Boost", r"Prime Hydration", r"Half Baked", r"Apple EarPods", r"HotHands Hand Warmers", r"Buldak"]
FORCE_IN = [r"Monster Energy Zero Ultra", r"Liquid I\.V\.", r"Takis", r"Zippo Premium Lighter Fluid", r"Road Atlas",
            r"^Celsius"]

if __name__ == '__main__':
    run(CATALOG, QUESTIONS, 'convenience', 'cv', 7331, force_oos=FORCE_OOS, force_in=FORCE_IN,
        heldout_b=HELDOUT_B, oos_share=0.07)
