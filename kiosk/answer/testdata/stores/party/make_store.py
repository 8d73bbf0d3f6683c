#!/usr/bin/env python3
"""Generates the party supply and seasonal store (balloons and helium, tableware, decorations,
kids' party kits, pinatas and favors, candles and cake decorating, costumes and Halloween,
seasonal holidays, graduation / baby shower / wedding, gift wrap and cards, catering and
coolers): catalog.csv, questions.jsonl and questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT balloons
CAT latex balloons @ Balloon Counter
Qualatex 11 in. Latex Balloons, {Red|Royal Blue|White|Black|Gold Metallic}, 25 ct $7.99
+Qualatex 5 in. Latex Balloons, Assorted Colors, 100 ct $9.99
+Qualatex 16 in. Latex Balloons, {Pearl White|Ivory Silk}, 10 ct $12.99
+Sempertex 12 in. Reflex Chrome Latex Balloons, {Gold|Silver}, 15 ct $11.99
+Tuftex 12 in. Clear Confetti-Filled Latex Balloons, Gold Confetti, 6 ct $9.99
+Qualatex 36 in. Jumbo Round Latex Balloon, {White|Black} $4.99
+Amscan Happy Birthday Printed Latex Balloons, 12 in., 15 ct $5.99
Qualatex 260Q Twisting Balloons, Assorted Colors, 100 ct $12.99
CAT foil balloons @ Balloon Counter
Anagram 18 in. Happy Birthday Foil Balloon, {Confetti Dots|Gold Script|Rainbow Stripes} $2.99
+Anagram 18 in. Heart Foil Balloon, {Red|Pink} $2.49
+Anagram 18 in. Star Foil Balloon, {Gold|Silver} $2.49
+Anagram 18 in. Get Well Soon Foil Balloon $2.99
+Anagram 18 in. It's a {Boy|Girl} Foil Balloon $2.99
+Anagram 18 in. I Love You Foil Balloon $2.99
+Anagram SuperShape Unicorn Foil Balloon, 35 in. $8.99
+Anagram SuperShape Dinosaur Foil Balloon, 36 in. $8.99
+Anagram 22 in. Clear Bubble Balloon $6.99
+Anagram Happy Birthday AirWalker Balloon, 54 in. $19.99
Anagram 34 in. Number {0|1|2|3|4|5|6|7|8|9} Foil Balloon, Gold $9.99
+Northstar 16 in. Happy Birthday Letter Balloon Banner, Gold $7.99
CAT helium balloon fills @ Balloon Counter
Balloon Counter Helium Fill, 11 in. Latex Balloon $0.99
+Balloon Counter Helium Fill, 18 in. Foil Balloon $1.99
+Balloon Counter Helium Fill, 34 in. Number Balloon $5.99
+Balloon Counter Hi-Float Treatment, Per Latex Balloon $0.50
Balloon Counter Helium Balloon Bouquet, {6:14.99|12:24.99} Latex Balloons with Weight $14.99
CAT balloon weights & accessories @ Balloon Counter
Amscan Foil Balloon Weight, {Gold|Silver}, 6 oz $1.49
+Amscan Happy Birthday Sand-Filled Balloon Weight $2.99
Qualatex Balloon Ribbon, 3/16 in. x 500 yd, White $6.99
Ultra Hi-Float Balloon Treatment with Pump, 5 oz $14.99
Amscan LED Balloon Lights, 10 ct $5.99
CAT balloon garland kits & pumps @ Aisle 1 left
Amscan Balloon Garland Kit, 16 ft, {Rainbow|Pastel|Black & Gold|Blue & Silver} $24.99
+Amscan Balloon Arch Frame Kit, 10 ft $29.99
+Amscan Balloon Decorating Strip, 16 ft $4.99
+Amscan Balloon Column Stand Kit, 5 ft $19.99
Glue Dots Balloon Glue Dots, 200 ct $5.49
Amscan Hand Balloon Pump, Double Action $4.99
+Amscan Electric Balloon Inflator $24.99
+Amscan Balloon Tying Tool, 2 ct $2.99

DEPT tableware
CAT paper plates @ Aisle 2 left
Amscan Big Party Pack Paper Dinner Plates, 10 in., 50 ct, {Red|Royal Blue|Black|White} $7.99
+Amscan Big Party Pack Paper Dessert Plates, 7 in., 50 ct, {Red|White} $5.99
+Dixie Ultra Paper Plates, 10 1/16 in., 44 ct $7.49
+Dixie Everyday Paper Plates, 8 1/2 in., 90 ct $6.99
+Chinet Classic White Dinner Plates, 10 3/8 in., 36 ct $8.99
+Chinet Classic White Compartment Plates, 10 3/8 in., 30 ct $8.49
CAT plastic plates & bowls @ Aisle 2 left
Amscan Premium Clear Plastic Dinner Plates, 10 1/4 in., 20 ct $7.99
+Amscan Premium Plastic Dinner Plates, Gold Trim, 10 1/4 in., 20 ct $9.99
+Party Essentials Hard Plastic Dessert Plates, 7 in., 40 ct, {White|Black} $5.49
Amscan Plastic Bowls, 12 oz, 20 ct, {Clear|White} $3.99
+Dixie Ultra Paper Bowls, 20 oz, 26 ct $5.99
CAT cups & drinkware @ Aisle 2 right
Solo Red Plastic Cups, 18 oz, {50 ct:7.99|100 ct:13.99} $7.99
+Solo Squared Plastic Party Cups, 18 oz, 30 ct, Red $5.99
+Amscan Big Party Pack Plastic Cups, 16 oz, 50 ct, {Clear|Royal Blue} $6.99
+Dixie Everyday Paper Cups, 9 oz, 100 ct $5.49
+Dixie To Go Hot Cups with Lids, 12 oz, 26 ct $6.99
+Hefty Party On Disposable Plastic Cups, 16 oz, 50 ct $6.49
+Amscan Clear Plastic Tumblers, 10 oz, 20 ct $4.99
Party Essentials Clear Plastic Shot Glasses, 2 oz, 50 ct $4.49
Party Essentials Plastic Wine Glasses, 10 oz, 20 ct $9.99
+Party Essentials Stemless Plastic Wine Glasses, 12 oz, 24 ct $10.99
+Amscan Plastic Champagne Flutes, 5 oz, 20 ct, {Clear|Gold Glitter} $8.99
Amscan Paper Straws, 24 ct, {Rainbow Stripe|Gold Dots} $3.49
+Party Essentials Bendy Drinking Straws, 150 ct $2.99
Amscan Drink Umbrella Picks, 24 ct $2.99
+Amscan Plastic Drink Stirrers, 100 ct $2.49
CAT napkins @ Aisle 3 left
Amscan Big Party Pack Lunch Napkins, 125 ct, {Red|Royal Blue|Black|White} $6.99
+Amscan Big Party Pack Beverage Napkins, 125 ct, {Red|Black|White} $5.49
+Vanity Fair Everyday Dinner Napkins, 2-Ply, 120 ct $5.99
+Hoffmaster Linen-Like Guest Towels, White, 50 ct $8.99
+Creative Converting Touch of Color Dinner Napkins, 3-Ply, Black, 50 ct $5.49
CAT plastic cutlery @ Aisle 3 left
Amscan Big Party Pack Plastic Forks, 100 ct, {Clear|Black} $6.99
+Amscan Big Party Pack Plastic Spoons, 100 ct, {Clear|White} $6.99
+Amscan Big Party Pack Plastic Knives, 100 ct, {Clear|White} $6.99
+Hefty Heavy Duty Assorted Plastic Cutlery, 168 ct $8.99
+Party Essentials Metallic Gold Plastic Cutlery Set, 48 ct $6.99
CAT tablecloths & table covers @ Aisle 3 right
Amscan Plastic Table Cover, Rectangle, 54 in. x 108 in., {Red|Royal Blue|Black|White} $2.99
+Amscan Plastic Table Cover, Round, 84 in., {White|Black} $2.99
+Amscan Fabric Table Cover, Rectangle, 60 in. x 84 in., White $14.99
+Creative Converting Red Gingham Plastic Table Cover, 54 in. x 108 in. $3.49
Amscan Plastic Table Skirt, 14 ft, {White|Gold} $6.99
Amscan Sequin Table Runner, Gold, 12 in. x 108 in. $12.99
+Amscan Burlap Table Runner, 14 in. x 108 in. $8.99

DEPT decorations
CAT streamers @ Aisle 4 left
Amscan Crepe Paper Streamer, 1.75 in. x 81 ft, {Red|Royal Blue|Black|Pink|White} $1.99
+Amscan Metallic Foil Streamer, 30 ft, {Gold|Silver} $3.49
CAT banners @ Aisle 4 left
Amscan Happy Birthday Letter Banner, 10 ft, {Gold|Rainbow|Black & Silver} $4.99
+Amscan Pennant Banner, 12 ft, {Rainbow|Gold Glitter} $3.99
+Amscan Welcome Home Banner, 12 ft $4.99
+Amscan Congratulations Letter Banner, 10 ft $4.99
+Amscan Happy Everything Fabric Bunting, 10 ft $9.99
Amscan Happy Birthday Yard Sign, 24 in. x 18 in. $9.99
CAT garlands & hanging decorations @ Aisle 4 right
Amscan Honeycomb Ball Decorations, 3 ct, {Gold|Pink} $7.99
+Amscan Paper Lanterns, 12 in., 3 ct, White $6.99
+Amscan Hanging Swirl Decorations, 12 ct, {Rainbow|Gold} $4.99
+Amscan Paper Fan Decorations, Gold, 3 ct $7.99
+Amscan Tissue Paper Pom Poms, 4 ct, {White|Pink} $8.99
Amscan Star Garland, Gold, 9 ft $3.99
+Amscan Tassel Garland, Rainbow, 9 ft $5.99
+Amscan Artificial Eucalyptus Greenery Garland, 6 ft $12.99
Amscan Giant Tissue Paper Flowers, 6 ct $12.99
CAT confetti @ Aisle 5 left
Amscan Metallic Confetti, 2.5 oz, {Gold|Silver|Multicolor} $2.99
+Amscan Happy Birthday Table Confetti, 1.2 oz $2.99
+Amscan Biodegradable Tissue Confetti, 1 oz $3.99
Amscan Confetti Cannon, 12 in., {Gold|Multicolor} $6.99
+Amscan Party Poppers, 24 ct $5.99
CAT centerpieces @ Aisle 5 left
Amscan Happy Birthday Glitter Centerpiece Sticks, 3 ct $4.99
+Amscan Honeycomb Table Centerpiece, Rainbow $4.99
+Amscan Foil Spray Centerpiece, Gold $5.99
+Amscan Artificial Hydrangea Centerpiece, White $14.99
+Amscan Round Mirror Centerpiece Bases, 12 in., 3 ct $9.99
Amscan Table Number Cards 1-12, Gold $5.99
CAT party lights @ Aisle 1 right
Amscan Warm White LED Mini String Lights, 10 ft $7.99
+Amscan Battery Operated Copper Wire LED Lights, 20 ft $9.99
+Amscan Paper Lantern String Lights, 10 ft $14.99
Amscan Flameless LED Tea Lights, 12 ct $7.99
+Amscan Flameless LED Pillar Candles, 3 ct $14.99
Amscan Rotating Disco Ball Light $14.99
+Amscan Mirror Disco Ball, 8 in. $9.99
CAT photo booth props & backdrops @ Aisle 5 right
Amscan Photo Booth Props, {Birthday|Wedding|New Year's}, 13 pc $6.99
Amscan Foil Fringe Curtain, 3 ft x 8 ft, {Gold|Silver} $4.99
+Amscan Adjustable Backdrop Stand Kit, 10 ft $34.99
+Amscan Sequin Shimmer Wall Panels, Gold, 12 ct $29.99
Amscan Happy Birthday Selfie Frame Prop, 36 in. $9.99
CAT decorating supplies @ Aisle 5 right
Command Clear Decorating Clips, 40 ct $5.99
+Command Small Wire Hooks, 9 ct $4.49
+Command Clear Mini Hooks, 18 ct $5.49
+Command Outdoor Light Clips, 16 ct $5.99
Scotch Removable Mounting Putty, 2 oz $3.49
+Loctite Fun-Tak Mounting Putty, 2 oz $3.99
Scotch Magic Tape, 3/4 in. x 650 in. $3.99
Fiskars Classic Scissors, 8 in. $7.99

DEPT kids party
CAT themed party kits @ Aisle 6 left
Unique Industries Paw Patrol Birthday Party Kit for 8 Guests $24.99
+Unique Industries Bluey Birthday Party Kit for 8 Guests $24.99
+Amscan Disney Frozen Birthday Party Kit for 8 Guests $26.99
+Amscan Marvel Spider-Man Birthday Party Kit for 8 Guests $26.99
+Amscan Disney Mickey Mouse Forever Party Kit for 8 Guests $26.99
+Amscan Disney Minnie Mouse Party Kit for 8 Guests $26.99
+Unique Industries Super Mario Bros. Party Kit for 8 Guests $26.99
+Amscan Minecraft Party Kit for 8 Guests $26.99
+Amscan Pokemon Party Kit for 8 Guests $26.99
+Amscan Unicorn Party Kit for 8 Guests $19.99
+Amscan Dinosaur Party Kit for 8 Guests $19.99
+Amscan Mermaid Party Kit for 8 Guests $19.99
CAT themed tableware @ Aisle 6 left
Unique Industries Paw Patrol {Dessert Plates, 7 in., 8 ct|Lunch Napkins, 16 ct:4.49} $4.99
+Unique Industries Bluey {Dessert Plates, 7 in., 8 ct|Lunch Napkins, 16 ct:4.49} $4.99
+Amscan Disney Frozen {Dessert Plates, 7 in., 8 ct|Lunch Napkins, 16 ct:4.49} $4.99
+Amscan Marvel Spider-Man {Dessert Plates, 7 in., 8 ct|Lunch Napkins, 16 ct:4.49} $4.99
CAT piñatas & fillers @ Aisle 6 right
Ya Otta Pinata Classic Donkey Pinata $19.99
+Ya Otta Pinata Unicorn Pinata $24.99
+Ya Otta Pinata Happy Birthday Cake Pinata $24.99
+Amscan Pull-String Dinosaur Pinata $22.99
+Amscan Gold Number Pinata, {1|2|3} $19.99
+Unique Industries Paw Patrol Pull-String Pinata $24.99
+Amscan Fiesta Mini Pinatas, 4 ct $9.99
Amscan Pinata Buster Stick with Blindfold $4.99
Amscan Pinata Filler Candy Mix, {1 lb:7.99|3 lb:19.99} $7.99
+Amscan Pinata Filler Toy Assortment, 100 pc $12.99
+Tootsie Roll Midgees, 2 lb Bag $8.99
+Dum Dums Original Pops, 120 ct $7.49
+Smarties Candy Rolls, 2 lb Bag $7.99
+Hershey's Kisses Milk Chocolates, 10 oz $5.49
CAT party favors @ Aisle 7 left
Amscan Mega Favor Pack, 100 pc $14.99
+Amscan Mini Bubbles Favors, 12 ct $4.99
+Amscan Bouncy Balls, 12 ct $3.99
+Amscan Sticky Hands, 12 ct $3.99
+Amscan Temporary Tattoos, {Unicorn|Dinosaur}, 48 ct $3.99
+Amscan Assorted Stickers, 100 ct $3.49
+Amscan Mini Slime Favors, 6 ct $5.99
+Amscan Mini Coloring Books with Crayons, 12 ct $5.99
CAT goodie bags & favor boxes @ Aisle 7 left
Amscan Plastic Loot Bags with Handles, 20 ct, {Royal Blue|Pink} $3.99
+Amscan Paper Treat Bags, 20 ct, {Kraft|Polka Dot} $3.99
+Amscan Cellophane Treat Bags with Twist Ties, 25 ct $2.99
+Amscan Gold Favor Boxes, 10 ct $5.99
+Amscan White Pillow Favor Boxes, 12 ct $4.99
+Unique Industries Paw Patrol Favor Bags, 8 ct $3.99
+Amscan Metal Favor Pails, 4 ct $6.99
CAT party hats & noisemakers @ Aisle 7 right
Amscan Cone Party Hats, 12 ct, {Multicolor|Gold|Happy Birthday} $4.99
+Amscan Party Blowouts, 8 ct, {Assorted|Gold} $2.99
+Amscan Plastic Party Horns, 12 ct $4.99
+Amscan Party Kazoos, 12 ct $4.49
+Amscan Party Whistles, 12 ct $3.99
Amscan Glitter Tiaras, 4 ct $6.99
+Amscan Gold Foil Crowns, 12 ct $4.99
Amscan Birthday Girl Satin Sash $4.99
CAT glow sticks @ Aisle 7 right
Lumistick 6 in. Glow Sticks, Assorted Colors, 25 ct $9.99
+Lumistick 22 in. Glow Necklaces, 50 ct $12.99
+Amscan Glow Bracelets, 15 ct $4.99
+Amscan Glow Stick Mega Pack, 100 pc $19.99
+Amscan LED Light-Up Foam Sticks, 12 ct $19.99
CAT party games @ Aisle 8 left
Amscan Pin the Tail on the Donkey Game $4.99
+Amscan Pin the Horn on the Unicorn Game $5.99
+Amscan Scavenger Hunt Party Game $6.99
+Amscan Sack Race Bags, 4 ct $12.99
+Amscan Egg and Spoon Race Set, 6 ct $7.99
+Amscan Bingo Party Game, 24 Cards $5.99
+Hey! Play! Giant Wooden Tumbling Tower Game $39.99
ZURU Bunch O Balloons Water Balloons, 100 ct $9.99

DEPT cake & baking
CAT birthday candles @ Aisle 8 right
Wilton Assorted Birthday Candles, 24 ct $1.99
+Wilton Spiral Birthday Candles, 24 ct, {Rainbow|Gold} $2.49
+Amscan Magic Relighting Candles, 10 ct $2.99
+Amscan Gold Glitter Number Candle, {0|1|2|3|4|5|6|7|8|9} $3.49
+Amscan Happy Birthday Letter Candles, 13 ct $3.99
+Amscan Sparkler Candles, Gold, 4 ct $5.99
CAT cake toppers @ Aisle 8 right
Amscan Happy Birthday Acrylic Cake Topper, {Gold|Black} $4.99
+DecoPac Paw Patrol DecoSet Cake Topper $12.99
+DecoPac Disney Frozen DecoSet Cake Topper $12.99
+Amscan Mr. & Mrs. Cake Topper, Gold Glitter $7.99
+Amscan Congrats Grad Cake Topper $5.99
+Amscan Oh Baby Cake Topper $5.99
Wilton Happy Birthday Cupcake Picks, 24 ct $2.99
CAT cupcake liners & stands @ Aisle 9 left
Wilton Standard Baking Cups, 75 ct, {White|Rainbow|Gold Foil:3.49} $2.49
+Wilton Mini Baking Cups, White, 100 ct $1.99
Wilton 3-Tier Cupcake Stand, {White|Gold} $14.99
+Wilton Window Cupcake Boxes, 12 Cavity, 2 ct $4.99
CAT sprinkles @ Aisle 9 left
Wilton Rainbow Nonpareils Sprinkles, 3 oz $3.49
+Wilton Rainbow Jimmies Sprinkles, 6.25 oz $4.49
+Wilton Sprinkles Mix, {Birthday Party|Unicorn}, 7 oz $6.99
+Wilton White Sugar Pearls, 5 oz $4.49
+Wilton Candy Eyeballs, 0.88 oz $3.49
+Wilton Sparkling Sugar, Gold, 3.25 oz $3.99
CAT frosting & food coloring @ Aisle 9 right
Wilton Creamy White Decorator Icing, 4 lb $18.99
+Wilton Decorating Icing Tubes, 4.25 oz, {Red|Black} $3.29
+Betty Crocker Rich & Creamy {Vanilla|Chocolate} Frosting, 16 oz $2.49
Wilton Decorator Preferred Fondant, White, 24 oz $10.99
Wilton Candy Melts Candy, {Bright White|Light Cocoa}, 12 oz $3.99
Wilton Icing Colors Set, 12 ct $14.99
+McCormick Assorted Food Color & Egg Dye, 4 ct $4.49
+AmeriColor Soft Gel Paste, Super Black, 0.75 oz $3.49
CAT cake pans & tools @ Aisle 9 right
Wilton Performance Pans Round Cake Pan, {6 in.:7.99|8 in.:8.99|10 in.:10.99} $8.99
+Wilton Performance Pans Sheet Cake Pan, 9 x 13 in. $12.99
+Wilton Recipe Right 12-Cup Muffin Pan $10.99
+Wilton Countless Celebrations Number & Letter Cake Pan Set $24.99
Wilton Disposable Decorating Bags, 12 in., 24 ct $6.99
+Wilton Master Decorating Tip Set, 55 pc $39.99
+Wilton Trim-N-Turn Cake Turntable $14.99
Wilton Cake Boards, 10 in. Round, 12 ct $5.99

DEPT costumes & halloween
CAT adult costumes @ Costume Wall
Rubie's Adult Classic Batman Costume, {M|L} $39.99
+Rubie's Adult Deluxe Pirate Costume, L $44.99
+Leg Avenue Women's Witch Costume, {S|M} $49.99
+Leg Avenue Women's 1920s Flapper Costume, M $39.99
+Fun World Adult Inflatable T-Rex Costume $59.99
+Disguise Adult Super Mario Costume, L $49.99
+California Costumes Men's Count Dracula Costume, L $39.99
+Rubie's Adult Deluxe Santa Suit, One Size $89.99
+Rubie's Adult Grim Reaper Robe, One Size $29.99
+Rubie's Adult Unisex Banana Costume $29.99
CAT kids costumes @ Costume Wall
Disguise Girls' Disney Frozen Elsa Classic Costume, S (4-6X) $29.99
+Rubie's Boys' Marvel Spider-Man Classic Costume, M (8-10) $29.99
+Rubie's Toddler T-Rex Dinosaur Costume, 2T-4T $24.99
+Fun World Kids' Glow-in-the-Dark Skeleton Costume, M $24.99
+Rubie's Girls' Witch Costume, M $24.99
+Rubie's Kids' Firefighter Costume, S $24.99
+Rubie's Kids' Police Officer Costume, S $24.99
+Disguise Toddler Paw Patrol Chase Costume, 3T-4T $29.99
+Rubie's Baby Pumpkin Costume, 6-12 Months $19.99
+Rubie's Girls' Unicorn Costume, S $24.99
+Rubie's Boys' Ninja Costume, M $24.99
CAT pet costumes @ Costume Wall
Rubie's Pet Hot Dog Costume, {S|M} $14.99
+Rubie's Pet Pumpkin Costume, M $12.99
+Rubie's Pet Spider Costume, M $12.99
CAT wigs @ Costume Wall
Rubie's Rainbow Clown Wig $9.99
+Rubie's Deluxe Afro Wig, Black $14.99
+Leg Avenue Long Straight Wig, {Pink|Platinum Blonde} $19.99
+Forum Novelties 80s Mullet Wig $12.99
+Rubie's Long Black Witch Wig $12.99
+Rubie's Grey Granny Wig $12.99
Rubie's Wig Cap, 2 ct $3.99
CAT masks @ Costume Wall
Fun World Ghost Face Mask $14.99
+Trick or Treat Studios Halloween Michael Myers Mask $49.99
+Trick or Treat Studios Zombie Latex Mask $39.99
+Rubie's Skeleton Half Mask $9.99
Amscan Masquerade Mask, {Gold|Black} $9.99
+Forum Novelties Venetian Masquerade Mask with Stick $14.99
Amscan Superhero Eye Masks, 8 ct $5.99
CAT costume makeup & face paint @ Aisle 10 left
Mehron Paradise AQ Face Paint Palette, 8 Colors $24.99
+Snazaroo Face Paint Kit, Ultimate Party Pack $26.99
+Snazaroo Face Paint, 18 ml, {White|Black} $5.99
+Snazaroo Face Paint Crayons, 6 ct $8.99
Mehron Stage Blood, 1 oz $7.49
+Fun World Fake Blood Gel, 1 oz $4.99
+Mehron Liquid Latex, 1 oz $7.99
+Mehron Spirit Gum Adhesive with Remover $8.99
+Mehron Modeling Wax, 1 oz $8.49
+Mehron Zombie Makeup Kit $14.99
Jerome Russell B Wild Temporary Hair Color Spray, {Blue|Green}, 3.5 oz $5.99
CAT costume accessories @ Costume Wall
Rubie's Adult Black Vampire Cape, 56 in. $12.99
+Rubie's Kids' Red Superhero Cape $6.99
+Leg Avenue Adult Tutu, Pink $14.99
+Forum Novelties Feather Boa, 6 ft, Pink $7.99
+Forum Novelties Fairy Wings, White $12.99
Rubie's Black Witch Hat $7.99
+Rubie's Pirate Hat $8.99
+Rubie's Black Top Hat $9.99
Rubie's Round Wizard Glasses $4.99
+Rubie's Vampire Fangs $3.99
+Rubie's Plastic Pirate Sword $4.99
+Rubie's Silver Star Fairy Wand $4.99
+Rubie's White Bunny Ears Headband $4.99
+Rubie's Devil Horns Headband $4.99
+Forum Novelties Self-Adhesive Fake Mustaches, 6 ct $4.99
CAT halloween decorations @ Aisle 10 right
Amscan Stretch Spider Web with 4 Spiders, 60 g $3.99
+Amscan Posable Skeleton, 5 ft $29.99
+Amscan Hanging Ghost Decoration, 36 in. $9.99
+Amscan Foam Tombstones, 3 ct $14.99
+Amscan Do Not Enter Caution Tape, 20 ft $2.99
+Amscan Giant Hairy Spider, 50 in. $14.99
+Amscan Light-Up Plastic Jack-O'-Lantern, 9 in. $12.99
Halloween Haunts 400W Fog Machine $39.99
+Halloween Haunts Fog Juice, 32 oz $12.99
Amscan Plastic Pumpkin Trick or Treat Pail $2.99
+Amscan Halloween Cello Treat Bags, 20 ct $2.99
+Amscan Halloween Paper Dinner Plates, 10 in., 18 ct $4.99

DEPT seasonal
CAT christmas @ Seasonal Shop
Holiday Time Shatterproof Ornaments, 40 ct, {Red|Silver} $9.99
+Holiday Time Tinsel Garland, 15 ft, {Silver|Gold} $2.99
+Kurt Adler Red Velvet Christmas Stocking, 20 in. $9.99
+Kurt Adler Red Velvet Tree Skirt, 48 in. $19.99
+Holiday Time Multicolor LED Christmas Lights, 100 ct $8.99
+Holiday Time Pre-Lit Artificial Wreath, 24 in. $24.99
Amscan Merry Christmas Letter Banner $4.99
Amscan Merry Christmas Dinner Plates, 10 in., 18 ct $4.99
+Amscan Merry Christmas Lunch Napkins, 36 ct $3.99
Amscan Plush Santa Hat, Adult $3.99
+Amscan Elf Hat with Ears $4.99
+Amscan Reindeer Antler Headband $3.99
Amscan Ugly Christmas Sweater Party Decorating Kit $14.99
CAT easter @ Seasonal Shop
Paas Classic Easter Egg Decorating Kit $3.99
+Paas Glitter Easter Egg Decorating Kit $5.99
Amscan Fillable Plastic Easter Eggs, Pastel, 48 ct $5.99
+Amscan Easter Grass, Green, 2 oz $1.99
+Amscan Woven Easter Basket, Medium $7.99
+Amscan Easter Egg Hunt Kit $12.99
+Amscan Easter Bunny Dessert Plates, 7 in., 8 ct $3.99
+Amscan Plush Easter Bunny, 12 in. $9.99
CAT 4th of july @ Seasonal Shop
Valley Forge Flag Nylon American Flag, 3 ft x 5 ft $19.99
+Valley Forge Flag American Stick Flags, 4 in. x 6 in., 12 ct $4.99
Amscan Patriotic Pleated Fan Bunting, 36 in. x 18 in. $7.99
+Amscan Red White & Blue Star Garland, 9 ft $3.99
+Amscan Patriotic Dinner Plates, 10 in., 18 ct $4.99
+Amscan Patriotic Lunch Napkins, 36 ct $3.99
+Amscan Uncle Sam Top Hat $6.99
+Amscan Patriotic Bead Necklaces, 12 ct $4.99
+Amscan Red White & Blue Pinwheels, 6 ct $5.99
CAT valentine's day @ Seasonal Shop
Paper Magic Valentine's Day Exchange Cards, {Paw Patrol|Disney Frozen|Pokemon}, 32 ct $4.49
Amscan Red Glitter Heart Garland, 9 ft $3.99
+Amscan Valentine's Day Heart Cutouts, 12 ct $3.99
+Amscan Valentine's Day Dessert Plates, 7 in., 16 ct $3.99
+Amscan Valentine Treat Bags, 20 ct $2.99
CAT st. patrick's day @ Seasonal Shop
Amscan Shamrock Bead Necklaces, 12 ct $4.99
+Amscan Green Velvet Leprechaun Top Hat $6.99
+Amscan Shamrock Dinner Plates, 10 in., 18 ct $4.99
+Amscan Shamrock Novelty Glasses $3.99
CAT new year's eve @ Seasonal Shop
Amscan Happy New Year Party Kit for 10 $29.99
+Amscan Gold Glitter Happy New Year Tiara $4.99
+Amscan Happy New Year Top Hat, Black & Gold $4.99
+Amscan New Year's Eve Noisemaker Kit for 25 $24.99
+Amscan Happy New Year Letter Banner, Gold $4.99

DEPT occasions
CAT graduation @ Aisle 11 left
Amscan Congrats Grad Letter Banner, 12 ft $5.99
+Amscan Graduation School Colors Party Kit for 20, {Black|Royal Blue|Red} $34.99
+Amscan Grad Cap Cutouts, 12 ct $6.99
+Amscan Congrats Grad Dinner Plates, 10 in., 18 ct $5.99
+Amscan Congrats Grad Lunch Napkins, 36 ct $4.49
+Amscan Graduation Ribbon Lei, Black & Gold $9.99
+Amscan Graduation Autograph Plush Bear, 12 in. $14.99
+Amscan Graduation Selfie Frame, 30 in. $9.99
+Amscan Congrats Grad Yard Sign, 24 in. $12.99
+Anagram 18 in. Congrats Grad Foil Balloon $2.99
CAT baby shower & gender reveal @ Aisle 11 right
Amscan Oh Baby Letter Banner, Gold $5.99
+Amscan Baby Shower Bingo Game, 24 Cards $6.99
+Amscan Baby Shower Games Kit, 4 Games $9.99
+Amscan Mom to Be Satin Sash, {Pink|Blue} $5.99
+Amscan Baby Shower Dessert Plates, 7 in., 16 ct, {Pink|Blue} $3.99
+Amscan Baby Shower Diaper Raffle Tickets, 24 ct $4.99
+Amscan Baby Shower Advice Cards, 24 ct $4.99
Amscan Gender Reveal Confetti Cannon, {Pink|Blue} $9.99
+Amscan Gender Reveal Black Balloon with Confetti, 36 in. $9.99
+Amscan He or She Gender Reveal Party Kit $24.99
CAT bridal & wedding @ Aisle 12 left
Amscan Bride to Be Satin Sash, White $5.99
+Amscan Bachelorette Veil, White $7.99
+Amscan Bride Squad Bachelorette Party Kit $19.99
+Amscan Bridal Shower Games Kit $9.99
Amscan Mr. & Mrs. Letter Banner, Gold $6.99
+Amscan Wedding Card Box, White $24.99
+Amscan Wedding Guest Book, White & Gold $19.99
+Amscan Wedding Bubbles, 24 ct $9.99
+Amscan White Tulle Fabric Roll, 6 in. x 25 yd $4.99
+Amscan White Silk Flower Petals, 300 ct $4.99
CAT milestone birthdays @ Aisle 12 right
Amscan Over the Hill Party Kit $24.99
+Amscan Over the Hill Letter Banner $5.99
+Amscan Happy {30th|40th|50th|60th} Birthday Satin Sash $5.99
+Amscan Sweet 16 Tiara $9.99
+Amscan Quinceanera Tiara, Silver $14.99
+Amscan Happy 50th Anniversary Banner, Gold $5.99
+Amscan Happy Retirement Letter Banner $5.99
CAT fiesta & luau @ Aisle 12 right
Amscan Fiesta Serape Table Runner, 14 in. x 84 in. $6.99
+Amscan Papel Picado Banner, 12 ft $5.99
+Amscan Fiesta Straw Sombrero, Adult $9.99
+Amscan Fiesta Maracas, 2 ct $4.99
Amscan Hawaiian Flower Leis, 50 ct $12.99
+Amscan Luau Grass Table Skirt, 9 ft $9.99
+Amscan Hawaiian Grass Skirt, Adult $9.99
+Amscan Tiki Luau Dinner Plates, 10 in., 18 ct $4.99
+Amscan Pineapple Paper Lanterns, 3 ct $7.99

DEPT gift wrap & cards
CAT gift wrap @ Aisle 13 left
Hallmark Reversible Wrapping Paper, 3 Rolls, {Birthday|Baby Shower|Wedding} $12.99
+Hallmark Christmas Wrapping Paper, 3 Rolls, {Traditional|Kids} $12.99
+American Greetings Kraft Wrapping Paper, 30 sq ft $4.99
+American Greetings Solid Color Wrapping Paper, 40 sq ft, {Red|Gold} $4.49
Scotch Gift Wrap Tape, 2 Rolls $4.99
Hallmark Gift Tags, 60 ct $3.99
American Greetings Clear Cellophane Wrap, 100 sq ft $6.99
CAT ribbon & bows @ Aisle 13 left
Berwick Curling Ribbon, 3/16 in. x 100 ft, {Red|White|Gold|Silver} $2.49
+Offray Double Face Satin Ribbon, 7/8 in. x 12 ft, {Red|White} $3.49
+Offray Wired Burlap Ribbon, 1.5 in. x 9 ft $4.99
American Greetings Gift Bows, Assorted, 20 ct $4.99
+American Greetings Jumbo Pull Bow, {Red|Gold} $2.99
CAT gift bags @ Aisle 13 right
Hallmark Large Gift Bag, {Birthday Balloons|Baby Blue|Baby Pink|Christmas Red} $4.99
+Hallmark Medium Gift Bag, {Confetti|Gold|Kids Dinosaur} $3.49
+American Greetings Small Gift Bag, Happy Birthday $2.49
+Hallmark Wine Bottle Gift Bag, {Silver|Black} $3.99
+Hallmark Jumbo Gift Bag, Birthday $7.99
American Greetings Kraft Gift Boxes, 3 ct $5.99
CAT tissue paper @ Aisle 13 right
Hallmark White Tissue Paper, 20 Sheets $2.99
+American Greetings Tissue Paper, 10 Sheets, {Red|Royal Blue|Pink|Black} $2.49
+Hallmark Metallic Gold Tissue Paper, 4 Sheets $2.99
+Hallmark Christmas Tissue Paper, 12 Sheets $2.99
CAT greeting cards @ Aisle 14 left
Hallmark Birthday Card, {For Him|For Her|For Kids|Funny} $5.99
+Papyrus Floral Embellished Birthday Card $7.99
+American Greetings Feliz Cumpleanos Spanish Birthday Card $3.99
+American Greetings Anniversary Card, For Spouse $5.49
+Hallmark Sympathy Card $5.99
+Hallmark Get Well Card $4.99
+American Greetings Graduation Money Holder Card $4.49
+Hallmark New Baby Card $5.49
+Hallmark Wedding Card $6.99
+Papyrus Congratulations Card $7.99
+Hallmark Valentine's Day Card, Romantic $6.99
+Hallmark Boxed Christmas Cards, 16 ct $12.99
CAT invitations & thank-you cards @ Aisle 14 right
Creative Converting Fill-In Birthday Invitations, 8 ct, {Dinosaur|Unicorn} $3.99
+Unique Industries Paw Patrol Fill-In Invitations, 8 ct $3.99
+Creative Converting Baby Shower Fill-In Invitations, 8 ct $3.99
+Creative Converting Graduation Fill-In Invitations, 25 ct $9.99
+Amscan Bridal Shower Fill-In Invitations, 20 ct $7.99
+Creative Converting Halloween Party Invitations, 8 ct $3.99
+Great Papers! Printable Invitations, White with Gold Border, 25 ct $9.99
Hallmark Thank You Cards, Assorted, 40 ct $9.99
+Creative Converting Kids Thank You Notes, 8 ct, {Dinosaur|Unicorn} $3.49
+Creative Converting Baby Shower Thank You Notes, 20 ct $7.99
+American Greetings Wedding Thank You Cards, 50 ct $12.99

DEPT catering & coolers
CAT foil pans @ Aisle 15 left
Handi-Foil Full Size Steam Table Pan, Deep, {1 ct:2.99|10 ct:19.99} $2.99
+Handi-Foil Half Size Steam Table Pan, Deep, {1 ct:1.49|10 ct:11.99} $1.49
+Handi-Foil Full Size Foil Lids, 10 ct $9.99
+Handi-Foil Half Size Foil Lids, 10 ct $6.99
+Hefty EZ Foil Roaster Pan, Large, 2 ct $5.99
CAT chafing dishes & fuel @ Aisle 15 left
Sterno Chafing Fuel, 2 Hour, 3 ct $8.99
+Sterno 6 Hour Wick Chafing Fuel, 4 ct $14.99
Sterno Wire Chafing Rack, Full Size $7.99
+Sterno Disposable Buffet Set, 3 Pans with Racks $24.99
+Amscan Stainless Steel Chafing Dish, 8 qt $49.99
CAT serving trays & bowls @ Aisle 15 right
Party Essentials Plastic Serving Tray, Rectangle, 12 in. x 18 in., {Black|Clear} $4.99
+Party Essentials Round Plastic Platter, 16 in., {Black|Gold} $5.99
Amscan Plastic Serving Bowls, 2 qt, {Clear|Black} $3.99
+Amscan Clear Chip and Dip Tray $6.99
+Amscan 3-Tier Gold Serving Stand $19.99
Amscan Plastic Serving Utensils, 6 pc $4.99
Amscan Popcorn Boxes, Red & White Stripe, 24 ct $4.99
+Amscan Paper Food Trays, Red Check, 50 ct $5.99
+Amscan Glass Candy Buffet Jar, 1 gal $14.99
CAT beverage service @ Aisle 16 left
Amscan Plastic Punch Bowl, 8 qt $12.99
+Amscan Plastic Beverage Dispenser, 2 gal $19.99
+Amscan Glass Mason Jar Beverage Dispenser, 1 gal $24.99
Amscan Plastic Punch Ladle $2.99
+Amscan Plastic Ice Scoop $2.99
CAT coolers & ice buckets @ Aisle 16 left
Igloo Playmate Elite Cooler, 16 qt $29.99
+Igloo Island Breeze Cooler, 48 qt $34.99
+Coleman Chiller Series 48 qt Hard Cooler $34.99
+Igloo Collapse & Cool Cooler Bag, 24 Can $19.99
Amscan Plastic Ice Bucket, {Gold|Clear} $8.99
+Amscan Metal Champagne Bucket, Silver $14.99
+Amscan Galvanized Metal Drink Tub, 15 qt $24.99
CAT cleanup & storage @ Aisle 16 right
Hefty Ultra Strong Tall Kitchen Trash Bags, 13 gal, 40 ct $11.99
+Hefty Strong Large Trash Bags, 30 gal, 28 ct $10.99
Reynolds Wrap Aluminum Foil, 75 sq ft $5.99
+Glad ClingWrap Plastic Wrap, 200 sq ft $4.49
+Dart Foam Hinged Takeout Containers, 9 in., 25 ct $9.99
"""

BALLOONS = ["latex balloons", "foil balloons"]
NAPKINS = r"napkins|guest towels"
BDAY_BALLOON = r"^(?!.*(get well|love you|it's a|heart)).*"
PINATA = r"pinata(?!.*(buster|filler))"
CANDY = r"filler candy|tootsie|dum dums|smarties|kisses"
PAW = ["themed party kits", "themed tableware", "goodie bags & favor boxes", "piñatas & fillers",
       "cake toppers", "invitations & thank-you cards"]
COSTUMES = ["adult costumes", "kids costumes", "pet costumes"]

QUESTIONS = [
    # plain locate, the way people ask
    ("balloons", BALLOONS, None),
    ("where can i get balloons filled with helium", ["helium balloon fills"], None),
    ("number balloons", ["foil balloons"], r"Number \d"),
    ("a giant number 3 balloon for my son's third birthday", ["foil balloons"], r"Number 3 Foil"),
    ("something to keep helium balloons from floating away", ["balloon weights & accessories"], r"weight"),
    ("balloon garland kit", ["balloon garland kits & pumps"], r"garland kit|arch"),
    ("hand pump for balloons", ["balloon garland kits & pumps"], r"pump|inflator"),
    ("balloon animal balloons", ["latex balloons"], r"twisting"),
    ("paper plates", ["paper plates"], None),
    ("where are your plastic forks", ["plastic cutlery"], r"forks|cutlery"),
    ("napkins", None, NAPKINS),
    ("red solo cups", ["cups & drinkware"], r"Solo.*Red"),
    ("plastic champagne glasses for a toast", ["cups & drinkware"], r"champagne flutes"),
    ("plastic table cloths", ["tablecloths & table covers"], r"plastic table cover"),
    ("where are the streemers", ["streamers"], None),
    ("happy birthday banner", ["banners", "foil balloons"], r"happy birthday letter (balloon )?banner"),
    ("confeti", ["confetti"], None),
    ("centerpieces for the tables", ["centerpieces"], None),
    ("string lights", ["party lights", "christmas"], r"string lights|copper wire|christmas lights"),
    ("props for a photo booth", ["photo booth props & backdrops"], r"photo booth props|selfie frame"),
    ("gold tinsel curtain for a backdrop", ["photo booth props & backdrops"], r"fringe curtain.*gold"),
    ("paw patrol party supplies", PAW, r"paw patrol"),
    ("do you have anything frozen themed for my daughter's party", ["themed party kits", "themed tableware", "cake toppers"], r"frozen"),
    ("dinosaur birthday party stuff", ["themed party kits", "foil balloons", "piñatas & fillers", "party favors", "invitations & thank-you cards"], r"dinosaur"),
    ("pinata", ["piñatas & fillers"], PINATA),
    ("a stick to hit the pinata with", ["piñatas & fillers"], r"buster stick"),
    ("goodie bags", ["goodie bags & favor boxes"], None),
    ("little toys for party favors", ["party favors"], None),
    ("glowsticks", ["glow sticks"], r"glow"),
    ("party hats", ["party hats & noisemakers"], r"party hats"),
    ("noisemakers", ["party hats & noisemakers", "new year's eve"], r"noisemaker|blowout|horn|kazoo|whistle"),
    ("pin the tail on the donkey", ["party games"], r"pin the tail"),
    ("water ballons", ["party games"], r"water balloons"),
    ("birthday candles", ["birthday candles"], None),
    ("number 6 candle", ["birthday candles"], r"Number Candle, 6$"),
    ("cake toppers", ["cake toppers"], r"cake topper|decoset"),
    ("cupcake wrappers", ["cupcake liners & stands"], r"baking cups"),
    ("tiered stand for cupcakes", ["cupcake liners & stands", "serving trays & bowls"], r"cupcake stand|tier"),
    ("sprinkles", ["sprinkles"], None),
    ("fondant icing", ["frosting & food coloring"], r"fondant"),
    ("piping bags and tips", ["cake pans & tools"], r"decorating bags|tip set"),
    ("9x13 cake pan", ["cake pans & tools"], r"9 x 13"),
    ("halloween costumes for adults", ["adult costumes"], r"costume|robe"),
    ("my daughter wants to be elsa for halloween", ["kids costumes"], r"elsa"),
    ("costume for my dog", ["pet costumes"], None),
    ("halloween wigs", ["wigs"], r"wig(?! cap)"),
    ("snazaroo face paint", ["costume makeup & face paint"], r"snazaroo"),
    ("fake blood", ["costume makeup & face paint"], r"blood"),
    ("scream mask", ["masks"], r"ghost face"),
    ("witch hat", ["costume accessories"], r"witch hat"),
    ("spiderwebs for halloween", ["halloween decorations"], r"spider web"),
    ("smoke machine for halloween", ["halloween decorations"], r"fog machine"),
    ("pumpkin bucket for trick or treating", ["halloween decorations"], r"trick or treat pail"),
    ("christmas ornaments", ["christmas"], r"ornaments"),
    ("paas egg dye", ["easter"], r"egg decorating kit"),
    ("plastic eggs to fill for an egg hunt", ["easter"], r"plastic easter eggs"),
    ("american flag", ["4th of july"], r"american.*flag"),
    ("valentine cards for my daughter's class", ["valentine's day"], r"exchange cards"),
    ("decorations for my son's graduation party", ["graduation"], r"banner|cutouts|party kit|yard sign|balloon|selfie"),
    ("baby shower games", ["baby shower & gender reveal"], r"bingo|games kit|raffle|advice cards"),
    ("gender reveal", ["baby shower & gender reveal"], r"gender reveal"),
    ("bride to be sash", ["bridal & wedding"], r"bride to be"),
    ("wraping paper", ["gift wrap"], r"wrapping paper"),
    ("something so my balloons stay up longer", ["helium balloon fills", "balloon weights & accessories"], r"hi-float"),
    ("tissue paper for gift bags", ["tissue paper"], None),
    ("curling ribbon", ["ribbon & bows", "balloon weights & accessories"], r"curling ribbon|balloon ribbon"),
    ("birthday card for my mom", ["greeting cards"], r"Birthday Card, (For Her|Funny)|Papyrus Floral|Feliz"),
    ("party invitations", ["invitations & thank-you cards"], r"invitations"),
    ("thank you notes", ["invitations & thank-you cards"], r"thank you"),
    ("aluminum pans for lasagna", ["foil pans"], r"pan"),
    ("something to keep the food warm at the buffet", ["chafing dishes & fuel"], r"sterno|chafing"),
    ("serving trays", ["serving trays & bowls"], r"serving tray|platter|chip and dip"),
    ("igloo cooler", ["coolers & ice buckets"], r"igloo"),
    ("ice bucket", ["coolers & ice buckets"], r"ice bucket|champagne bucket|drink tub"),
    ("leis for a luau", ["fiesta & luau"], r"\blei"),
    ("garbage bags for after the party", ["cleanup & storage"], r"trash bags"),
    ("something to hang streamers without marking the wall", ["decorating supplies"], r"command|putty|fun-tak"),
    # a Spanish word in an English question
    ("globos for my son's birthday", BALLOONS + ["helium balloon fills"], BDAY_BALLOON),
    ("where are the velas for the cake", ["birthday candles"], None),
    ("servilletas for the party", None, NAPKINS),
    ("disfraz for my little girl", ["kids costumes"], r"girls'|kids'|toddler|baby"),
    ("dulces to fill the piñata", ["piñatas & fillers"], CANDY),
    # price checks
    ("how much is the gold number 5 candle", None, r"Number Candle, 5$", "price"),
    ("price of a helium fill for a regular latex balloon", None, r"Helium Fill, 11 in\. Latex", "price"),
    ("how much is the paw patrol party kit", None, r"Paw Patrol Birthday Party Kit", "price"),
    ("how much does the fog machine cost", None, r"Fog Machine", "price"),
    ("what's the price on the 48 quart igloo cooler", None, r"Igloo Island Breeze Cooler, 48 qt", "price"),
    ("how much for the 100 pack of red solo cups", None, r"Solo Red Plastic Cups, 18 oz, 100 ct", "price"),
    ("how much is the balloon arch frame", None, r"Balloon Arch Frame Kit", "price"),
    ("price of the mehron face paint palette", None, r"Paradise AQ", "price"),
    ("how much is one half size foil pan", None, r"Half Size Steam Table Pan, Deep, 1 ct", "price"),
    ("how much is the ghost face mask", None, r"Ghost Face Mask", "price"),
    # stock checks
    ("is the unicorn pinata in stock", None, r"Ya Otta Pinata Unicorn Pinata", "stock"),
    ("do you have the gold number 1 balloon in stock", None, r"Number 1 Foil Balloon, Gold", "stock"),
    ("any gold 3 tier cupcake stands in stock", None, r"3-Tier Cupcake Stand, Gold", "stock"),
    ("do you have the bluey party kit in stock", None, r"Bluey Birthday Party Kit", "stock"),
    ("is the inflatable t-rex costume in stock", None, r"Inflatable T-Rex", "stock"),
    ("do you have the gold sequin shimmer wall in stock", None, r"Sequin Shimmer Wall", "stock"),
    ("any stainless steel chafing dishes left", None, r"Stainless Steel Chafing Dish", "stock"),
    ("is bunch o balloons in stock", None, r"Bunch O Balloons", "stock"),
    # not carried (many share a word or a shelf with something stocked)
    ("can i get my helium tank refilled here", None, None, "absent"),
    ("do you rent bouncy houses", None, None, "absent"),
    ("do you sell wine or champagne for the toast", None, None, "absent"),
    ("do you sell fireworks", None, None, "absent"),
    ("can i order a birthday cake here", None, None, "absent"),
    ("folding tables and chairs", None, None, "absent"),
    ("do you have fresh flowers", None, None, "absent"),
    ("bag of ice", None, None, "absent"),
    ("artificial christmas tree", None, None, "absent"),
    ("chocolate easter bunny", None, None, "absent"),
    ("colored contact lenses for my costume", None, None, "absent"),
    ("tuxedo rental", None, None, "absent"),
    ("do you have wedding dresses", None, None, "absent"),
    ("can i hire a clown for my kid's party", None, None, "absent"),
    ("cotton candy machine", None, None, "absent"),
    ("karaoke machine", None, None, "absent"),
    ("disposable cameras for the wedding tables", None, None, "absent"),
    ("ink cartridges to print my invitations", None, None, "absent"),
    ("charcoal for the grill", None, None, "absent"),
    ("do you make sandwich platters", None, None, "absent"),
]

HELDOUT_B = [
    # other names, British and Australian words
    ("serviettes", None, NAPKINS),
    ("fairy lights", ["party lights"], r"string lights|copper wire"),
    ("bunting", ["banners", "4th of july"], r"bunting|pennant banner"),
    ("lollies for the party bags", ["piñatas & fillers"], CANDY),
    ("fancy dress for a 5 year old", ["kids costumes"], r"^(?!.*(baby|toddler|months)).*costume"),
    ("party bags", ["goodie bags & favor boxes"], None),
    ("hen party sash", ["bridal & wedding"], r"bride to be|bride squad|bachelorette"),
    ("fairy cake cases", ["cupcake liners & stands"], r"baking cups"),
    ("hundreds and thousands", ["sprinkles"], r"nonpareils|sprinkles"),
    ("cling film", ["cleanup & storage"], r"clingwrap"),
    ("tinfoil trays", ["foil pans"], r"pan"),
    ("an esky for the drinks", ["coolers & ice buckets"], r"cooler"),
    ("bin bags", ["cleanup & storage"], r"trash bags"),
    ("sellotape", ["decorating supplies", "gift wrap"], r"magic tape|gift wrap tape"),
    ("blu tack", ["decorating supplies"], r"putty|fun-tak"),
    ("face paints for a kids party", ["costume makeup & face paint"], r"face paint"),
    ("trick candles you cant blow out", ["birthday candles"], r"relighting"),
    ("bubbles for a wedding send off", ["bridal & wedding", "party favors"], r"bubbles"),
    ("helium ballons for a 40th", BALLOONS + ["helium balloon fills"], BDAY_BALLOON),
    # misspellings
    ("pinyata", ["piñatas & fillers"], PINATA),
    ("tabel cloth", ["tablecloths & table covers"], r"table cover"),
    ("haloween makeup", ["costume makeup & face paint"], None),
    ("confetti canon", ["confetti", "baby shower & gender reveal"], r"confetti cannon"),
    ("disposible cutlery", ["plastic cutlery"], None),
    # slang, needs and who-for
    ("red cups for beer pong", ["cups & drinkware"], r"Solo.*Red"),
    ("something to keep the food hot for a buffet", ["chafing dishes & fuel"], r"sterno|chafing"),
    ("stuff to hang decorations from the ceiling without damaging it", ["decorating supplies"], r"command|putty|fun-tak"),
    ("my son is turning 7 and wants a big number balloon", ["foil balloons"], r"Number 7 Foil"),
    ("costume for my dachshund", ["pet costumes"], r"hot dog"),
    ("decorations for my dad's retirement do", ["milestone birthdays"], r"retirement"),
    # Spanish words
    ("a mantel for the party table", ["tablecloths & table covers"], r"table cover"),
    ("bolsas de regalo", ["gift bags"], r"gift bag"),
    ("tarjeta de cumpleaños for my abuela", ["greeting cards"], r"Birthday Card, (For Her|Funny)|Papyrus Floral|Cumpleanos"),
    ("a hielera for the drinks", ["coolers & ice buckets"], r"cooler"),
    ("cubiertos de plastico", ["plastic cutlery"], None),
    # price checks
    ("how much are the glow necklaces", None, r"Glow Necklaces", "price"),
    ("price of the white fairy wings", None, r"Fairy Wings", "price"),
    ("how much is the 2 hour sterno", None, r"Chafing Fuel, 2 Hour", "price"),
    ("cost of the 16 qt igloo playmate", None, r"Playmate Elite", "price"),
    ("how much for the over the hill party kit", None, r"Over the Hill Party Kit", "price"),
    # stock checks
    ("is the mason jar drink dispenser in stock", None, r"Mason Jar Beverage Dispenser", "stock"),
    ("any quinceanera tiaras in stock", None, r"Quinceanera Tiara", "stock"),
    ("is the pull string dinosaur pinata in stock", None, r"Pull-String Dinosaur Pinata", "stock"),
    ("any electric balloon pumps left", None, r"Electric Balloon Inflator", "stock"),
    # not carried
    ("fancy dress hire", None, None, "absent"),
    ("a bottle of prosecco", None, None, "absent"),
    ("marquee hire for the garden", None, None, "absent"),
    ("christmas crackers", None, None, "absent"),
    ("jumping castle for hire", None, None, "absent"),
    ("sausage rolls and party pies", None, None, "absent"),
]

FORCE_OOS = [r"Inflatable T-Rex", r"Sequin Shimmer Wall", r"Stainless Steel Chafing Dish",
             r"Bunch O Balloons", r"Pull-String Dinosaur Pinata", r"Electric Balloon Inflator"]
FORCE_IN = [r"Ya Otta Pinata Unicorn Pinata", r"Number 1 Foil Balloon, Gold", r"3-Tier Cupcake Stand, Gold",
            r"Bluey Birthday Party Kit", r"Mason Jar Beverage Dispenser", r"Quinceanera Tiara"]


def _spec(t):
    return (t[0], t[1], t[2], t[3] if len(t) > 3 else None)


if __name__ == '__main__':
    run(CATALOG, [_spec(t) for t in QUESTIONS], 'party', 'pt', 4417, FORCE_OOS, FORCE_IN,
        heldout_b=[_spec(t) for t in HELDOUT_B])
