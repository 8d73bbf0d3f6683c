#!/usr/bin/env python3
"""Generates the toys store (toys, games and baby): catalog.csv, questions.jsonl and
questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT games & puzzles
CAT board games @ Aisle 1 left
Hasbro Monopoly Classic Board Game $21.99
+Hasbro Monopoly Junior Board Game $12.99
+Hasbro Scrabble Classic Crossword Game $19.99
+Hasbro Clue Classic Mystery Board Game $19.99
+Hasbro Candy Land Kingdom of Sweet Adventures Board Game $12.99
+Hasbro Chutes and Ladders Board Game $9.99
+Hasbro Sorry! Classic Family Board Game $15.99
+Hasbro Trouble Pop-O-Matic Board Game $12.99
+Hasbro Connect 4 Classic Grid Game $12.99
+Hasbro Guess Who? Classic Guessing Game $14.99
+Hasbro Operation Classic Game $19.99
+Hasbro Battleship Classic Board Game $16.99
+Hasbro The Game of Life Board Game $24.99
+Hasbro Risk Strategy Board Game $29.99
+Catan Board Game, 6th Edition $49.99
+Days of Wonder Ticket to Ride Board Game $54.99
+Z-Man Games Pandemic Cooperative Board Game $44.99
+Mattel Blokus Strategy Game $24.99
+Goliath Sequence Board Game $24.99
+Pressman Rummikub Classic Tile Game $24.99
Wood Expressions Wooden Chess and Checkers Set, 15 in. $29.99
+Cardinal 3-in-1 Chess, Checkers and Backgammon Set $19.99
+Cardinal Double Six Dominoes Set $12.99
CAT card games @ Aisle 1 right
Mattel UNO Card Game $5.99
+Mattel UNO Flip! Card Game $7.99
+Mattel UNO Show 'Em No Mercy Card Game $9.99
+Mattel Phase 10 Card Game $7.99
+Mattel Skip-Bo Card Game $9.99
+Hasbro Monopoly Deal Card Game $6.99
+Exploding Kittens Original Edition Card Game $19.99
+Dolphin Hat Games Taco Cat Goat Cheese Pizza Card Game $9.99
+Gamewright Sushi Go! Card Game $9.99
+Dutch Blitz Card Game $11.99
+Cardinal Old Maid Card Game $4.99
+Cardinal Go Fish Card Game $4.99
Bicycle Standard Index Playing Cards, 2 Decks $6.99
+Bicycle Jumbo Index Playing Cards, Large Print $4.99
CAT trading cards @ Front Counter
Pokemon Trading Card Game Scarlet & Violet Booster Pack $4.49
+Pokemon Trading Card Game Booster Bundle, 6 Packs $26.99
+Pokemon Trading Card Game Elite Trainer Box $49.99
+Magic The Gathering Foundations Play Booster Pack $5.99
+Yu-Gi-Oh! Trading Card Game Booster Pack $4.49
+Topps Series 1 Baseball Trading Cards Blaster Box $24.99
+Panini NBA Hoops Basketball Trading Cards Blaster Box $29.99
Ultra Pro Deck Protector Card Sleeves, 100 ct $4.99
+Ultra Pro 9-Pocket Trading Card Binder $19.99
CAT puzzles @ Aisle 2 left
Ravensburger Jigsaw Puzzle, 1000 pc, {Cozy Bookshop|Starry Night} $19.99
+Springbok Jigsaw Puzzle, 2000 pc, Candy Shop $24.99
+Buffalo Games Jigsaw Puzzle, 500 pc, Country Farmhouse $14.99
+Buffalo Games Large Piece Jigsaw Puzzle, 300 pc, Garden Shed $14.99
+Ravensburger Kids Jigsaw Puzzle, 100 pc XXL, Dinosaurs $12.99
+Melissa & Doug Jumbo Floor Puzzle, 24 pc, Alphabet Train $14.99
+Melissa & Doug Wooden Chunky Puzzle, Farm Animals $10.99
+Melissa & Doug Wooden Peg Puzzle, Vehicles $9.99
+Ravensburger 3D Puzzle, Eiffel Tower, 216 pc $39.99
Ravensburger Puzzle Store & Go Roll-Up Mat $24.99
Rubik's Cube, Original 3x3 $11.99
+ThinkFun Rush Hour Traffic Jam Logic Game $21.99
CAT family games @ Aisle 2 right
Hasbro Jenga Classic Game $14.99
+Hasbro Twister Party Game $19.99
+Hasbro Pie Face Game $17.99
+Hasbro Don't Break the Ice Game $12.99
+Hasbro Hungry Hungry Hippos Game $14.99
+Hasbro Catch Phrase Electronic Party Game $24.99
+Mattel KerPlunk Game $14.99
+Mattel Pictionary Air Drawing Game $19.99
+Mattel Apples to Apples Party Box $24.99
+Spin Master Hedbanz Guessing Game $14.99
+Goliath Pop the Pig Game $19.99
+Big Potato Herd Mentality Party Game $19.99

DEPT building & science
CAT lego @ LEGO Shop
LEGO Classic Large Creative Brick Box, 790 pc, 10698 $59.99
+LEGO Classic Medium Creative Brick Box, 484 pc, 10696 $34.99
+LEGO City Police Station, 60316 $79.99
+LEGO City Fire Station, 60414 $99.99
+LEGO City Farm Tractor, 60287 $19.99
+LEGO Friends Heartlake City School, 41682 $59.99
+LEGO Friends Friendship Tree House, 42652 $69.99
+LEGO Star Wars Millennium Falcon, 75375 $84.99
+LEGO Star Wars Darth Vader Helmet, 75304 $79.99
+LEGO Technic Bugatti Bolide, 42151 $49.99
+LEGO Technic Monster Jam Max-D, 42119 $19.99
+LEGO Creator 3-in-1 Space Astronaut, 31152 $49.99
+LEGO Icons Orchid, 10311 $49.99
+LEGO Icons Flower Bouquet, 10280 $59.99
+LEGO Icons Bonsai Tree, 10281 $49.99
+LEGO Harry Potter Hogwarts Castle and Grounds, 76419 $169.99
+LEGO Minecraft The Crafting Box 4.0, 21249 $99.99
+LEGO Ninjago Elemental Dragon vs. The Empress Mech, 71796 $99.99
+LEGO Disney Frozen Elsa's Ice Palace, 43244 $79.99
+LEGO Speed Champions Ferrari 812 Competizione, 76914 $24.99
+LEGO DUPLO Number Train, 10954 $29.99
+LEGO DUPLO Classic Deluxe Brick Box, 10914 $49.99
+LEGO Minifigures Series 26 Space, 71046 $4.99
Room Copenhagen LEGO Storage Brick 4, Bright Red $34.99
CAT building toys @ Aisle 3 left
Magna-Tiles Classic Magnetic Tiles, 100 pc $129.99
+Magna-Tiles Clear Colors Magnetic Tiles, 32 pc $49.99
+PicassoTiles Magnetic Building Tiles, 60 pc $39.99
+Mega Bloks First Builders Big Building Bag, 80 pc $19.99
+K'NEX Classics 500 Piece 30 Model Building Set $29.99
+Lincoln Logs Classic Farmhouse, 102 pc $39.99
+Tinkertoy Classic 30 Model Super Building Set, 200 pc $39.99
+Melissa & Doug Wooden Building Blocks Set, 100 pc $24.99
+Learning Resources Gears! Gears! Gears! Super Building Set $34.99
+Marble Genius Marble Run Starter Set, 130 pc $34.99
+Meccano Super Car 25-in-1 Model Building Set $29.99
CAT science stem @ Aisle 3 right
Snap Circuits Jr. SC-100 Electronics Discovery Kit $39.99
+National Geographic Mega Crystal Growing Kit $29.99
+National Geographic Build Your Own Volcano Kit $19.99
+National Geographic Mega Fossil Dig Kit $19.99
+National Geographic Hobby Rock Tumbler Kit $79.99
+4M Green Science Solar Robot Kit $14.99
+Learning Resources Botley 2.0 Coding Robot Activity Set $99.99
+Sphero Mini Coding Robot Ball, Blue $49.99
+Osmo Little Genius Starter Kit for iPad $79.99
+AmScope Kids Beginner Microscope Kit, 120x-1200x $39.99
+Celestron FirstScope 76 mm Tabletop Telescope $59.99
+Educational Insights GeoSafari Jr. Kids Binoculars $19.99
+Learning Resources Jumbo Magnifier $9.99

DEPT dolls & figures
CAT dolls @ Aisle 4 left
Barbie Fashionistas Doll, {Blonde Curly Hair|Brunette Ponytail} $10.99
+Barbie Dreamtopia Mermaid Doll, Rainbow Hair $12.99
+Barbie Careers Pediatrician Doll with Accessories $14.99
+Barbie Ken Fashionistas Doll, Blonde $10.99
+Barbie Skipper Babysitters Inc. Doll Set $19.99
+Disney Princess Fashion Doll, {Ariel|Moana|Belle} $12.99
+L.O.L. Surprise! Tots Doll, Assorted $10.99
+Rainbow High Fashion Doll, Ruby Anderson $29.99
+Our Generation Doll, 18 in., Brown Hair $24.99
+Baby Alive Sweet Spoonfuls Baby Doll, Blonde $29.99
+Cabbage Patch Kids 14 in. Kids Doll, Blonde $39.99
+Corolle Bebe Calin Baby Doll, 12 in. $34.99
+JC Toys La Newborn Real Girl Baby Doll, 15 in. $29.99
+Melissa & Doug Mine to Love Jenna Baby Doll, 12 in. $19.99
CAT dollhouses doll accessories @ Aisle 4 left
Barbie Dreamhouse Dollhouse Playset, 75+ pc $179.99
+KidKraft So Chic Dollhouse with 46 Accessories $109.99
+Melissa & Doug Fold & Go Wooden Dollhouse $59.99
+Gabby's Dollhouse Purrfect Dollhouse Playset $59.99
+Calico Critters Red Roof Cozy Cottage $49.99
+Calico Critters Chocolate Rabbit Family $24.99
Melissa & Doug Mine to Love Play Stroller for Dolls $29.99
+Melissa & Doug Mine to Love Wooden Doll High Chair $49.99
+Barbie Fashion Pack, Party Outfits, 2 pk $9.99
+Our Generation Horse, 20 in., Brown $49.99
+Adora Baby Doll Feeding Set, Bottle and Pacifier $9.99
CAT action figures @ Aisle 4 right
Hasbro Marvel Legends Series Spider-Man Action Figure, 6 in. $24.99
+Hasbro Marvel Spider-Man Titan Hero Series Figure, 12 in. $12.99
+Hasbro Marvel Avengers Titan Hero Series Iron Man Figure, 12 in. $12.99
+Hasbro Star Wars The Black Series Darth Vader Figure, 6 in. $24.99
+Hasbro Star Wars The Black Series The Mandalorian Figure, 6 in. $24.99
+Hasbro Transformers Studio Series Deluxe Bumblebee Figure $24.99
+Hasbro Power Rangers Lightning Collection Red Ranger Figure, 6 in. $24.99
+Hasbro G.I. Joe Classified Series Snake Eyes Figure, 6 in. $24.99
+Spin Master DC Batman Action Figure, 12 in. $14.99
+Mattel WWE Top Picks John Cena Action Figure $14.99
+Playmates Teenage Mutant Ninja Turtles Leonardo Basic Figure $12.99
Funko Pop! Marvel Spider-Man Vinyl Figure $12.99
+Funko Pop! Disney Stitch Vinyl Figure $12.99
CAT stuffed animals @ Aisle 5 left
Squishmallows Original Plush, 8 in., {Cam the Cat|Wendy the Frog} $9.99
+Squishmallows Original Plush, 16 in., Fifi the Fox $24.99
+Jellycat Bashful Bunny, Medium, 12 in., Beige $29.99
+Jellycat Bartholomew Bear, Medium, 11 in. $38.00
+Ty Beanie Boos Slush the Husky, 6 in. $6.99
+GUND Philbin Teddy Bear, 12 in., Brown $21.99
+GUND Pusheen Classic Plush, 9.5 in. $16.99
+Melissa & Doug Giant Lion Lifelike Plush, 30 in. $99.99
+Jazwares Pokemon Pikachu Plush, 8 in. $14.99
+Disney Stitch Plush, 15 in. $19.99
+Warmies Heatable Lavender Scented Plush, Sloth $24.99
CAT animal figures @ Aisle 6 right
Schleich Horse Club Andalusian Mare Figure $12.99
+Schleich Wild Life African Elephant Figure $14.99
+Schleich Farm World Milk Cow Figure $8.99
+Mattel Jurassic World Epic Roarin' Tyrannosaurus Rex $44.99
+Mattel Jurassic World Ferocious Pack Velociraptor Figure $9.99
+Safari Ltd Dinosaurs TOOB, 12 Figures $12.99
+Safari Ltd Sea Life TOOB, 12 Figures $12.99
+Terra by Battat Farm Animal Figurines, 60 pc $39.99

DEPT vehicles & electronics
CAT toy vehicles @ Aisle 5 right
Hot Wheels Basic Car 5-Pack, Assorted $5.99
+Hot Wheels 20-Car Gift Pack $21.99
+Hot Wheels City Mega Garage Playset $109.99
+Hot Wheels Track Builder Unlimited Loop Kicker Pack $24.99
+Matchbox Cars 9-Pack, Assorted $9.99
+Tonka Steel Classics Mighty Dump Truck $34.99
+Bruder MAN TGS Garbage Truck, 1:16 $79.99
+Green Toys Recycled Dump Truck, Yellow $21.99
+Spin Master PAW Patrol Chase's Police Cruiser with Figure $14.99
CAT train sets @ Aisle 5 right
BRIO World Deluxe Railway Set, 87 pc $229.99
+BRIO My First Railway Beginner Pack, 18 pc $39.99
+BRIO Battery Operated Action Train $29.99
+Thomas & Friends Wooden Railway Figure 8 Set $54.99
+Melissa & Doug Deluxe Wooden Railway Set, 130 pc $79.99
+Lionel The Polar Express Ready-to-Play Train Set, Battery Powered $119.99
CAT rc toys @ Aisle 6 left
Traxxas Slash 2WD RC Truck, 1:10 $279.99
+New Bright RC Jeep Wrangler, 1:8 $69.99
+Hot Wheels RC Monster Trucks Mega Wrex, 1:15 $49.99
+Sharper Image Light-Up RC Stunt Car $39.99
+Sharper Image RC Speed Boat $34.99
+Syma S107G RC Helicopter $29.99
+Holy Stone HS210 Mini Drone for Kids $29.99
+Spin Master Air Hogs Zero Gravity Laser Racer $39.99
CAT kids electronics @ Aisle 6 right
Yoto Player, 3rd Gen, Kids Audio Player $99.99
+Yoto Mini Kids Audio Player $69.99
+Tonies Toniebox Starter Set, Blue $99.99
+VTech KidiZoom Camera Pix Plus $49.99
+VTech KidiZoom Smartwatch DX4, Blue $59.99
+Retevis RT628 Kids Walkie Talkies, 2 pk $29.99
+Bandai Tamagotchi Original Virtual Pet, Assorted $19.99

DEPT preschool
CAT infant toddler toys @ Aisle 7 left
Fisher-Price Rock-a-Stack Ring Stacking Toy $7.99
+Fisher-Price Laugh & Learn Smart Stages Puppy $16.99
+Fisher-Price Baby's First Blocks Shape Sorter $9.99
+Fisher-Price Deluxe Kick & Play Piano Gym $59.99
+VTech Sit-to-Stand Learning Walker, Blue $39.99
+VTech Baby Lil' Critters Moosical Beads $12.99
+Hape Pound & Tap Bench with Slide Out Xylophone $29.99
+Battat Wooden Activity Cube, 5-in-1 $39.99
+Munchkin Caterpillar Spillers Stacking Cups, 10 pc $7.99
+Manhattan Toy Winkel Rattle and Sensory Teether Toy $14.99
+Infantino Textured Multi Ball Set, 6 pc $9.99
+Lamaze Peek-A-Boo Forest Fun Soft Book $12.99
+Baby Einstein Take Along Tunes Musical Toy $9.99
+Boon Jellies Suction Cup Bath Toys, 9 pc $12.99
CAT learning toys @ Aisle 7 right
LeapFrog LeapStart Interactive Learning System $39.99
+LeapFrog Learning Friends 100 Words Book $19.99
+LeapFrog Fridge Phonics Magnetic Letter Set $19.99
+LeapFrog Magic Adventures Globe $59.99
+VTech Touch & Learn Activity Desk Deluxe $44.99
+Melissa & Doug See & Spell Wooden Learning Toy $17.99
+Learning Resources MathLink Cubes, 100 pc $17.99
+Educational Insights Kanoodle Puzzle Game $12.99
+School Zone Flash Cards, {Alphabet|Sight Words|Addition} $4.99
CAT musical toys @ Aisle 7 right
Melissa & Doug Band-in-a-Box Clap! Clang! Tap! 10 pc $29.99
+Melissa & Doug Deluxe Wooden Xylophone $24.99
+Best Choice Products 37-Key Kids Electronic Keyboard $39.99
+Best Choice Products Kids Drum Set, 3 pc $49.99
+First Act Discovery Kids Acoustic Guitar, 30 in. $39.99
+Kala Learn to Play Ukulele Starter Kit $54.99
+Singing Machine Kids Karaoke Machine with 2 Microphones $59.99
+Hohner Kids Egg Shaker Set, 4 pc $9.99
CAT pretend play @ Aisle 8 left
KidKraft Uptown Espresso Wooden Play Kitchen $169.99
+Step2 Fun with Friends Play Kitchen $99.99
+Melissa & Doug Food Groups Wooden Play Food, 21 pc $24.99
+Melissa & Doug Slice & Bake Wooden Cookie Play Set $19.99
+Learning Resources New Sprouts Breakfast Play Food Set $14.99
+Melissa & Doug Let's Play House Tea Set $24.99
+Melissa & Doug Get Well Doctor's Kit Play Set $24.99
+Black & Decker Junior Kids Workbench $59.99
+Melissa & Doug Take-Along Wooden Tool Kit $24.99
+Learning Resources Pretend & Play Calculator Cash Register $34.99
+Battat Toy Shopping Cart $29.99
+Casdon Dyson Ball Toy Vacuum Cleaner $44.99
+Fisher-Price Bubble Mower Push Toy $19.99
CAT dress up @ Aisle 8 right
Disney Frozen Elsa Dress-Up Costume, Size 4-6X $29.99
+Disney Princess Belle Dress-Up Costume, Size 4-6X $29.99
+Rubie's Marvel Spider-Man Child Costume, Medium $29.99
+Melissa & Doug Firefighter Role Play Costume Set $29.99
+Melissa & Doug Police Officer Role Play Costume Set $29.99
+Great Pretenders Superhero Cape and Mask Set, Red $14.99
+Great Pretenders Tiara and Wand Set, Pink $12.99
+Townley Girl Washable Kids Play Makeup Set $19.99

DEPT kids arts & crafts
CAT crayons markers @ Aisle 9 left
Crayola Crayons, {24 ct:1.99|64 ct:5.99} $1.99
+Crayola My First Palm Grip Crayons, 6 ct $4.99
+Crayola Twistables Crayons, 24 ct $6.99
+Crayola Colored Pencils, 24 ct $4.99
+Crayola Ultra-Clean Washable Markers, Broad Line, 10 ct $6.49
+Crayola Super Tips Washable Markers, 50 ct $9.99
+Crayola Washable Window Markers, 8 ct $7.99
+Crayola Inspiration Art Case, 140 pc $24.99
CAT play dough slime @ Aisle 9 left
Play-Doh Modeling Compound, {4 Pack, Classic Colors:5.99|10 Pack, Rainbow Colors:9.99} $5.99
+Play-Doh Kitchen Creations Ultimate Ice Cream Truck Playset $29.99
+Kinetic Sand, 2 lb, Beach Sand $14.99
+Kinetic Sand Sandisfying Set, 2 lb $19.99
+Crayola Model Magic Modeling Compound, 4 oz, 4 pk $9.99
Elmer's Slime Starter Kit, 4 pc $12.99
+So Slime DIY Slime Factory $19.99
CAT craft kits @ Aisle 9 right
Klutz Friendship Bracelets Book Kit $16.99
+Cool Maker KumiKreator Bead and Bracelet Maker $24.99
+Perler Fuse Bead Activity Bucket, 6000 pc $19.99
+Spirograph Original Design Set $19.99
+Shrinky Dinks Activity Set $12.99
+Creativity for Kids Paint Your Own Stepping Stone $24.99
+Creativity for Kids Hide Away Fairy Garden Kit $24.99
+Melissa & Doug Scratch Art Rainbow Pad, 125 Sheets $9.99
CAT coloring drawing @ Aisle 9 right
Melissa & Doug Water Wow! Reusable Water-Reveal Pad, Animals $5.99
+Crayola Color Wonder Mess-Free Coloring Pad and Markers $9.99
+Bendon Disney Frozen Jumbo Coloring Book $4.99
+Melissa & Doug Sticker Collection Book, 500 Stickers $9.99
+Spin Master Etch A Sketch Classic, Red $19.99
+Fisher-Price Doodle Pro Classic Drawing Toy $14.99
+Boogie Board Jot LCD Writing Tablet, 8.5 in. $24.99
+Crayola Washable Kids Paint, 10 ct $9.99
+Melissa & Doug Deluxe Wooden Standing Art Easel $79.99

DEPT outdoor & ride-ons
CAT ride-on toys @ Ride-On Showroom
Power Wheels Jeep Wrangler 12V Battery-Powered Ride-On $349.99
+Power Wheels Barbie Dream Camper 12V Battery-Powered Ride-On $399.99
+Best Choice Products 12V Kids Ride-On Truck with Remote Control $229.99
+Little Tikes Cozy Coupe Ride-On Car $74.99
+Step2 Push Around Buggy GT $69.99
+PlaSmart PlasmaCar Ride-On, Red $69.99
+Radio Flyer Blaze Plush Rocking Horse $99.99
Radio Flyer Classic Red Wagon $119.99
CAT kids bikes scooters @ Ride-On Showroom
Strider 12 Classic Balance Bike, Red $119.99
+Huffy Kids Bike with Training Wheels, {12 in., Blue:89.99|12 in., Pink:89.99|16 in., Red:119.99} $89.99
+Schwinn Koen Boys Bike, 20 in. $199.99
+Schwinn Elm Girls Bike, 20 in. $199.99
+Radio Flyer 4-in-1 Stroll 'N Trike, Red $99.99
+Radio Flyer Classic Red Tricycle, 12 in. $89.99
Razor A Kick Scooter, {Red|Blue} $39.99
+Micro Kickboard Mini Deluxe 3-Wheel Scooter, Pink $109.99
+Razor Power Core E90 Electric Scooter $199.99
Roller Derby Girls Adjustable Roller Skates, Size 12-2 $49.99
CAT helmets safety gear @ Aisle 10 left
Bell Kids Bike Helmet, {Toddler, Blue:24.99|Child, Pink:29.99} $24.99
+Razor V-17 Youth Multi-Sport Helmet, Black $24.99
+Razor Youth Elbow and Knee Pad Set $19.99
Schwinn Bike Training Wheels, fits 12-20 in. $24.99
CAT kids sports @ Aisle 10 left
Little Tikes Easy Score Basketball Set $39.99
+Lifetime Youth Adjustable Portable Basketball Hoop $129.99
+Franklin Sports Pop-Up Soccer Goals, 2 pk $39.99
+Franklin Sports Kids Soccer Ball, Size 3 $12.99
+Franklin Sports Grow-with-Me Kids Batting Tee $29.99
+Little Tikes TotSports T-Ball Set $24.99
+Franklin Sports Kids Teeball Glove, 9.5 in. $14.99
CAT outdoor play sets @ Outdoor Play Center
Little Tikes First Slide, Indoor/Outdoor $44.99
+Little Tikes 3 ft Trampoline $69.99
+Little Tikes 2-in-1 Snug 'n Secure Toddler Swing, Blue $29.99
+Little Tikes Cape Cottage Playhouse $189.99
+Step2 Woodland Climber II $149.99
+Step2 Naturally Playful Sandbox, Covered $79.99
+Step2 Rain Showers Splash Pond Water Table $69.99
CAT water toys @ Aisle 10 right
Intex Rainbow Ring Kiddie Pool, 58 in. $14.99
+Intex Swim Center Family Inflatable Pool, 103 x 69 in. $34.99
+Wham-O Slip 'N Slide Wave Rider, Single $19.99
+Nerf Super Soaker Hydro Frenzy Water Blaster $14.99
+Zuru Bunch O Balloons Self-Sealing Water Balloons, 100 ct $9.99
+Stearns Puddle Jumper Kids Life Jacket, 30-50 lb $24.99
+SwimWays Baby Spring Float $29.99
+Green Toys Sand Play Set, 4 pc $19.99
CAT outdoor games @ Aisle 10 right
Crayola Washable Sidewalk Chalk, 48 ct $4.99
+Gazillion Bubbles Solution, 32 oz $6.99
+Gazillion Bubbles Hurricane Bubble Machine $19.99
+Wham-O Frisbee Classic, 110 g $7.99
+Wham-O Hula Hoop Classic, 36 in. $9.99
+X Kites Rainbow Delta Kite, 42 in. $12.99
+Hedstrom Playground Ball, 8.5 in. $4.99
+Franklin Sports Kids Jump Rope, 7 ft $5.99
+Stomp Rocket Original Rocket Launcher $24.99
+Nature Bound Bug Catcher Kit $14.99
CAT blasters @ Aisle 11 left
Nerf Elite 2.0 Commander RD-6 Blaster $14.99
+Nerf Elite 2.0 Eaglepoint RD-8 Blaster $29.99
+Nerf N Series Strikeback Blaster $29.99
+Zuru X-Shot Excel Turbo Fire Blaster, 48 Darts $24.99
+Gel Blaster Surge Gel Bead Blaster $59.99
Nerf Elite 2.0 Official Foam Dart Refill, 50 ct $12.99
+Nerf Elite Tactical Vest Kit $19.99

DEPT baby gear
CAT strollers @ Baby Gear Showroom
Graco Modes Pramette Travel System with SnugRide 35 Infant Car Seat $349.99
+Chicco Bravo Trio Travel System, Camden $399.99
+UPPAbaby Vista V2 Stroller, Gregory Blue $1099.99
+UPPAbaby Cruz V2 Stroller, Jake Charcoal $749.99
+Baby Jogger City Mini GT2 All-Terrain Stroller, Opulent Black $379.99
+BOB Gear Alterrain Pro Jogging Stroller $649.99
+Babyzen YOYO2 Compact Travel Stroller, Black $499.00
+Summer Infant 3Dlite Convenience Umbrella Stroller, Black $99.99
+Kolcraft Cloud Plus Lightweight Stroller $69.99
+Joovy Caboose Too Ultralight Sit and Stand Double Stroller $349.99
+Graco Ready2Grow 2.0 Double Stroller $299.99
CAT car seats @ Baby Gear Showroom
Graco SnugRide SnugFit 35 DLX Infant Car Seat $229.99
+Chicco KeyFit 35 Infant Car Seat, Onyx $299.99
+UPPAbaby Mesa Max Infant Car Seat $399.99
+Graco Extend2Fit Convertible Car Seat, Gotham $229.99
+Evenflo Sonus 65 Convertible Car Seat $99.99
+Cosco Scenera Next Convertible Car Seat $69.99
+Britax One4Life ClickTight All-in-One Car Seat $379.99
+Graco 4Ever DLX 4-in-1 Car Seat, Fairmont $329.99
+Graco TurboBooster 2.0 Highback Booster Car Seat $69.99
+Chicco KidFit ClearTex Plus 2-in-1 Belt-Positioning Booster $149.99
+Graco Backless TurboBooster Car Seat $34.99
Chicco KeyFit Infant Car Seat Base $99.99
CAT stroller car seat accessories @ Aisle 12 left
Brica Baby In-Sight Back Seat Car Mirror $19.99
+Brica Magnetic Car Window Sun Shade, 2 pk $14.99
+Diono Ultra Mat Car Seat Protector $19.99
+J.L. Childress Gate Check Bag for Car Seats $29.99
+Skip Hop Stroller Organizer, Black $29.99
+Skip Hop Stroll & Go Portable Stroller Fan $24.99
+JJ Cole Original Bundleme Stroller Bunting, Graphite $49.99
+Zamboo Universal Stroller Rain Cover $19.99
CAT baby carriers @ Aisle 12 left
Ergobaby Omni 360 All-Position Baby Carrier, Pearl Grey $179.99
+BabyBjorn Baby Carrier Harmony, 3D Mesh, Anthracite $219.99
+BabyBjorn Baby Carrier Mini, Cotton, Black $99.99
+Infantino Flip 4-in-1 Convertible Baby Carrier $34.99
+Boba Baby Wrap Carrier, Grey $44.99
+Moby Wrap Classic Baby Carrier, Black $49.99
+Osprey Poco Plus Child Carrier Backpack $349.95
CAT diaper bags @ Aisle 12 left
Skip Hop Forma Diaper Backpack, Black $79.99
+Itzy Ritzy Boss Plus Diaper Bag Backpack, Black $99.99
+Parker Baby Co. Birch Diaper Backpack, Black $59.99
+Skip Hop Duo Diaper Tote Bag, Heather Grey $64.99
Skip Hop Pronto Portable Changing Station, Black $29.99
CAT high chairs @ Baby Gear Showroom
Graco Blossom 6-in-1 Convertible High Chair $219.99
+Stokke Tripp Trapp High Chair, Natural $299.00
+OXO Tot Sprout High Chair, Navy and Walnut $249.99
+Ingenuity SmartClean Trio Elite 3-in-1 High Chair $129.99
+Fisher-Price SpaceSaver Simple Clean High Chair $59.99
+Summer Infant Pop 'n Sit Portable Booster Seat $29.99
+Inglesina Fast Table Chair, Black $79.99
CAT swings bouncers @ Baby Gear Showroom
Graco Simple Sway LX Baby Swing with Multi-Direction Seat $139.99
+4moms MamaRoo Multi-Motion Baby Swing, Grey $249.99
+BabyBjorn Bouncer Bliss, Cotton, Light Grey $219.99
+Fisher-Price Baby Bouncer, Calming Vibrations $39.99
+Evenflo ExerSaucer Triple Fun Activity Center $119.99
+Skip Hop Explore & More 3-Stage Activity Center $99.99
+Jolly Jumper Original Doorway Baby Exerciser $54.99
+Joovy Spoon Baby Walker $69.99
CAT play yards @ Baby Gear Showroom
Graco Pack 'n Play Portable Playard $89.99
+Graco Pack 'n Play Dome LX Playard with Bassinet $169.99
+4moms Breeze Plus Portable Playard with Removable Bassinet $349.99
+BabyBjorn Travel Crib Light, Black $289.99
+Regalo My Play Portable Play Yard, 8-Panel $79.99

DEPT nursery
CAT cribs bassinets @ Baby Gear Showroom
DaVinci Jenny Lind 3-in-1 Convertible Crib, White $209.99
+Delta Children Emery 4-in-1 Convertible Crib, Grey $199.99
+Babyletto Hudson 3-in-1 Convertible Crib, White $399.00
+Graco Benton 5-in-1 Convertible Crib, White $179.99
+HALO BassiNest Swivel Sleeper Bassinet, Essentia Series $249.99
+Chicco Close to You 3-in-1 Bedside Bassinet $199.99
Newton Baby Original Crib Mattress $299.00
+Sealy Baby Soybean Foam-Core Crib Mattress $119.99
Delta Children Infant Changing Table with Pad, White $99.99
CAT crib bedding @ Aisle 13 left
Burt's Bees Baby Fitted Crib Sheet, Organic Cotton, {Cloud|Sage} $19.99
+Burt's Bees Baby Fitted Pack 'n Play Sheet, Organic Cotton, Cloud $16.99
+American Baby Company Waterproof Fitted Crib Mattress Protector $16.99
+HALO SleepSack Wearable Blanket, Cotton, Medium $26.99
+Love to Dream Swaddle UP Original, Small, Grey $29.99
+Summer Infant SwaddleMe Original Swaddle, Small, 3 pk $19.99
+Aden + Anais Essentials Muslin Swaddle Blankets, 4 pk $44.99
+Little Unicorn Muslin Baby Quilt, 47 x 47 in. $69.99
CAT baby monitors @ Aisle 12 right
Nanit Pro Smart Baby Monitor and Floor Stand $299.99
+Owlet Dream Sock Baby Monitor $299.00
+Infant Optics DXR-8 Pro Video Baby Monitor $199.99
+VTech VM819 Video Baby Monitor, 2.8 in. Screen $59.99
+Motorola VM36XL Video Baby Monitor, 5 in. Screen $99.99
+VTech DM221 Audio Baby Monitor $34.99
Hatch Rest 2nd Gen Sound Machine and Night Light $89.99
+Yogasleep Dohm Classic White Noise Machine $44.95
CAT baby safety @ Aisle 12 right
Regalo Easy Step Walk-Through Baby Gate, 29-39 in. $39.99
+Summer Infant Extra Tall Walk-Thru Baby Gate $59.99
+Evenflo Top of Stairs Extra Tall Baby Gate $89.99
+Regalo Super Wide Adjustable Baby Gate and Play Yard, 192 in. $89.99
Safety 1st Plug Protectors, 36 ct $3.99
+Safety 1st Adhesive Magnetic Cabinet Lock System, 4 Locks $24.99
+Safety 1st Clear Corner Guards, 8 pk $5.99
+Safety 1st Furniture Wall Straps, 4 pk $9.99
+Safety 1st Door Knob Covers, 4 pk $5.99
CAT baby clothing @ Aisle 13 right
Carter's Short-Sleeve Bodysuits, 5 pk, White, {Newborn|6 Months|12 Months} $19.99
+Carter's Sleep and Play Footed Pajamas, 2 pk, {3 Months|9 Months} $24.99
+Gerber Baby Long-Sleeve Onesies Bodysuits, 4 pk, 0-3 Months $14.99
+Carter's Baby Socks, 6 pk, 0-12 Months $9.99
+Gerber Baby Scratch Mittens, 4 pk $7.99
+Green Sprouts Baby Sun Hat, 0-6 Months $12.99
+Robeez Soft Sole Baby Shoes, 6-12 Months $34.00

DEPT feeding
CAT baby bottles @ Aisle 14 left
Dr. Brown's Options+ Anti-Colic Baby Bottles, {4 oz, 3 pk:19.99|8 oz, 3 pk:22.99} $19.99
+Philips Avent Natural Baby Bottles, {4 oz, 4 pk:27.99|9 oz, 4 pk:29.99} $27.99
+Comotomo Natural Feel Baby Bottle, 8 oz, 2 pk, Green $25.99
+Tommee Tippee Closer to Nature Baby Bottles, 9 oz, 6 pk $24.99
+Evenflo Feeding Classic Glass Baby Bottles, 8 oz, 3 pk $14.99
Dr. Brown's Options+ Wide-Neck Bottle Nipples, Level 2, 2 pk $8.99
+Philips Avent Natural Response Bottle Nipples, Flow 3, 2 pk $7.99
CAT bottle care @ Aisle 14 left
Philips Avent 3-in-1 Electric Steam Sterilizer $79.99
+Medela Quick Clean Micro-Steam Bags, 5 ct $7.99
+Philips Avent Fast Baby Bottle Warmer $39.99
+Baby Brezza Formula Pro Advanced Formula Dispenser Machine $229.99
+Boon Grass Countertop Drying Rack, Green $15.99
+Munchkin Shine Stainless Steel Bottle Brush $9.99
+Dapple Baby Bottle and Dish Soap, Fragrance Free, 16.9 oz $6.99
CAT breastfeeding @ Aisle 14 right
Medela Pump in Style with MaxFlow Double Electric Breast Pump $239.99
+Spectra S1 Plus Electric Breast Pump $219.99
+Elvie Stride Wearable Breast Pump $279.99
+Haakaa Silicone Manual Breast Pump, 4 oz $14.99
Lansinoh Breastmilk Storage Bags, 100 ct $15.99
+Lansinoh HPA Lanolin Nipple Cream, 1.41 oz $9.99
+Lansinoh Stay Dry Disposable Nursing Pads, 100 ct $10.99
+Boppy Original Feeding and Infant Support Pillow, Gray $44.99
+Udder Covers Breastfeeding Nursing Cover, Grey $24.99
CAT pacifiers teethers @ Aisle 14 right
Philips Avent Soothie Pacifier, 0-3 Months, 2 pk $5.99
+MAM Air Pacifiers, 0-6 Months, 2 pk $8.99
+WubbaNub Infant Pacifier, Elephant $16.99
+Itzy Ritzy Sweetie Strap Pacifier Clip, 2 pk $12.99
Sophie la Girafe Teether $24.99
+Dr. Brown's Coolees Soothing Teether, Watermelon $7.99
+Baby Banana Teething Toothbrush, Yellow $8.99
CAT baby formula @ Aisle 15 left
Similac 360 Total Care Infant Formula, Powder, {20.6 oz:44.99|30.8 oz:61.99} $44.99
+Similac 360 Total Care Infant Formula, Ready-to-Feed, 32 fl oz $12.99
+Similac Sensitive Infant Formula, Powder, 20.1 oz $42.99
+Enfamil NeuroPro Infant Formula, Powder, 20.7 oz $46.99
+Enfamil Gentlease Infant Formula, Powder, 19.9 oz $42.99
+Enfamil A.R. Spit-Up Infant Formula, Powder, 19.5 oz $44.99
+Gerber Good Start GentlePro Infant Formula, Powder, 20 oz $39.99
+Kendamil Classic Whole Milk Infant Formula, 28.2 oz $49.99
+Enfamil Enfagrow Premium Toddler Nutritional Drink, Powder, 32 oz $34.99
CAT baby food @ Aisle 15 right
Gerber 1st Foods Baby Food, {Banana|Sweet Potato|Pear}, 2 oz, 2 pk $1.79
+Gerber 2nd Foods Baby Food, Apple Blueberry, 4 oz, 2 pk $2.29
+Beech-Nut Naturals Baby Food Jar, Stage 1, Apple, 4 oz $1.29
+Happy Baby Organics Baby Food Pouch, Pears Kale & Spinach, 4 oz $1.99
+Gerber Single Grain Oatmeal Baby Cereal, 8 oz $3.49
+Gerber Puffs Cereal Snack, Strawberry Apple, 1.48 oz $2.79
+Gerber Yogurt Melts Freeze-Dried Snack, Mixed Berries, 1 oz $2.99
+Happy Baby Organics Teethers Rice Wafers, Blueberry & Purple Carrot $4.49
CAT feeding gear @ Aisle 15 right
Munchkin Miracle 360 Trainer Cup, 7 oz, 2 pk $10.99
+Munchkin Any Angle Click Lock Weighted Straw Cup, 10 oz $9.99
+Nuby No-Spill Super Spout Grip N' Sip Cup, 10 oz $5.99
+ezpz Happy Mat Silicone Suction Plate, Gray $24.99
+Munchkin Splash Toddler Divided Plates, 4 pk $9.99
+Bumkins Silicone Bib, Gray $12.99
+Munchkin Soft-Tip Infant Spoons, 6 pk $4.99
+Munchkin Snack Catcher, 2 pk $7.99
+Munchkin Fresh Food Feeder, 2 pk $6.99
+Munchkin Formula Dispenser Combo Pack $9.99
+Beaba Babycook Neo Baby Food Maker $189.99

DEPT diapering & bath
CAT diapers @ Aisle 16 left
Pampers Swaddlers Diapers, {Newborn, 84 ct:29.99|Size 1, 96 ct:32.99|Size 2, 84 ct:32.99|Size 3, 144 ct:47.99} $29.99
+Pampers Swaddlers Preemie Diapers, Size P-1, 30 ct $12.99
+Pampers Cruisers 360 Diapers, {Size 4, 100 ct|Size 5, 88 ct} $49.99
+Huggies Little Snugglers Diapers, {Newborn, 76 ct:27.99|Size 1, 84 ct:29.99} $27.99
+Huggies Little Movers Diapers, {Size 3, 120 ct|Size 4, 104 ct|Size 6, 72 ct} $44.99
+Huggies OverNites Diapers, Size 5, 58 ct $34.99
+Luvs Pro Level Leak Protection Diapers, Size 4, 160 ct $39.99
+Hello Bello Premium Diapers, Size 2, 42 ct $14.99
Huggies Little Swimmers Disposable Swim Diapers, Size 4, 18 ct $12.99
CAT potty training @ Aisle 16 left
Huggies Pull-Ups Potty Training Pants, {Boys, 2T-3T, 94 ct|Girls, 3T-4T, 84 ct} $44.99
+Pampers Easy Ups Training Underwear, Boys, 4T-5T, 66 ct $36.99
+Huggies Goodnites Bedtime Underwear, Girls, Size S/M, 44 ct $28.99
Summer Infant My Size Potty Chair, White $29.99
+Munchkin Sturdy Potty Seat $14.99
CAT wipes @ Aisle 16 right
Pampers Sensitive Baby Wipes, {3 Packs, 168 ct:8.99|12 Packs, 672 ct:24.99} $8.99
+Huggies Natural Care Sensitive Baby Wipes, Unscented, {3 Packs, 168 ct:7.99|10 Packs, 560 ct:22.99} $7.99
+WaterWipes Plastic-Free Original Baby Wipes, 4 Packs, 240 ct $19.99
+Boogie Wipes Saline Nose Wipes, 30 ct $4.49
Munchkin Warm Glow Wipe Warmer $29.99
CAT diaper pails changing @ Aisle 16 right
Ubbi Steel Diaper Pail, White $79.99
+Playtex Diaper Genie Complete Diaper Pail $49.99
+Playtex Diaper Genie Refills, 3 pk $22.99
+Munchkin Arm & Hammer Disposable Diaper Bag Dispenser $4.99
Keekaroo Peanut Diaper Changer, Gray $139.99
+Summer Infant Contoured Changing Pad $24.99
+Burt's Bees Baby Changing Pad Cover, Organic Cotton $16.99
CAT baby bath @ Aisle 17 left
Fisher-Price 4-in-1 Sling 'n Seat Baby Bath Tub $29.99
+Munchkin Sit & Soak Dual Stage Baby Bath Tub $29.99
+Frida Baby 4-in-1 Grow-With-Me Bath Tub $49.99
+Angelcare Baby Bath Support, Grey $24.99
Hudson Baby Animal Face Hooded Towel, Bear $9.99
+Burt's Bees Baby Washcloths, 5 pk $12.99
Munchkin White Hot Safety Bath Ducky $3.99
+Skip Hop Moby Bath Spout Cover, Blue $14.99
CAT baby skin care @ Aisle 17 left
Johnson's Baby Shampoo, Tear-Free, 13.6 fl oz $5.99
+Johnson's Baby Lotion, 27.1 fl oz $9.99
+Johnson's Baby Powder, Pure Cornstarch, 15 oz $5.99
+Aveeno Baby Daily Moisture Wash & Shampoo, 18 fl oz $9.49
+Cetaphil Baby Wash & Shampoo with Calendula, 13.5 fl oz $9.99
+Aquaphor Baby Healing Ointment, 7 oz $14.99
+Babyganics Mineral-Based Baby Sunscreen Lotion, SPF 50, 6 fl oz $12.99
Desitin Maximum Strength Diaper Rash Paste, 4.8 oz $10.49
+Boudreaux's Butt Paste Diaper Rash Cream, Maximum Strength, 4 oz $9.49
+A+D Original Diaper Rash Ointment, 4 oz $6.99
CAT baby health grooming @ Aisle 17 right
Frida Baby NoseFrida the SnotSucker Nasal Aspirator $16.99
+Frida Baby NailFrida the SnipperClipper $12.99
+Frida Baby Windi Gas and Colic Reliever, 10 ct $14.99
+Braun ThermoScan 7 Ear Thermometer $59.99
+Exergen TemporalScanner Forehead Thermometer $39.99
+Safety 1st Deluxe 25-Piece Baby Healthcare and Grooming Kit $24.99
+Safety 1st Easy Grip Baby Brush and Comb Set $5.99
+Crane Adorable Cool Mist Humidifier, Elephant $49.99
"""

PACIFIER = r"Pacifiers?(?! Clip)"
CRIB = r"Crib(?! Mattress)"

QUESTIONS = [
    # plain locate, shopper words
    ("board games", ["board games"], None),
    ("uno cards", ["card games"], "UNO"),
    ("pokemon cards", ["trading cards"], "Pokemon"),
    ("lego duplo for a toddler", ["lego"], "DUPLO"),
    ("marble run", ["building toys"], "Marble Run"),
    ("microscope for kids", ["science stem"], "Microscope"),
    ("baby doll", ["dolls"], "Baby Doll"),
    ("dollhouse", ["dollhouses doll accessories"], r"Dollhouse|Cottage"),
    ("action figures", ["action figures"], None),
    ("teddy bear", ["stuffed animals"], r"Teddy Bear|Bartholomew Bear"),
    ("toy dump truck", ["toy vehicles"], "Dump Truck"),
    ("wooden train set", ["train sets"], "Railway"),
    ("remote control car", ["rc toys"], r"RC (Truck|Jeep|Monster|Stunt Car)|Laser Racer"),
    ("flash cards", ["learning toys"], "Flash Cards"),
    ("play kitchen", ["pretend play"], "Play Kitchen"),
    ("play food", ["pretend play"], r"Play Food|Cookie Play"),
    ("doctor kit", ["pretend play"], "Doctor"),
    ("crayons", ["crayons markers"], "Crayons"),
    ("kinetic sand", ["play dough slime"], "Kinetic Sand"),
    ("slime kit", ["play dough slime"], "Slime"),
    ("friendship bracelet kit", ["craft kits"], "Bracelet"),
    ("wagon", ["ride-on toys"], "Wagon"),
    ("balance bike", ["kids bikes scooters"], "Balance Bike"),
    ("kids bike helmet", ["helmets safety gear"], "Helmet"),
    ("training wheels", ["helmets safety gear"], "Training Wheels"),
    ("water table", ["outdoor play sets"], "Water Table"),
    ("bubbles", ["outdoor games"], "Bubble"),
    ("jogging stroller", ["strollers"], r"Jogging|All-Terrain"),
    ("double stroller", ["strollers"], "Double Stroller"),
    ("infant car seat", ["car seats"], r"Infant Car Seat(?! Base)"),
    ("booster seat for the car", ["car seats"], "Booster"),
    ("baby carrier", ["baby carriers"], None),
    ("high chair", ["high chairs"], r"High Chair|Table Chair"),
    ("bassinet", ["cribs bassinets", "play yards"], "Bassinet"),
    ("video baby monitor", ["baby monitors"], r"Video Baby Monitor|Nanit"),
    ("baby gate for the stairs", ["baby safety"], "Gate"),
    ("bottle warmer", ["bottle care"], "Bottle Warmer"),
    ("breast pump", ["breastfeeding"], "Breast Pump"),
    ("teething toys", ["pacifiers teethers", "infant toddler toys"], r"Teether|Teething"),
    ("sippy cups", ["feeding gear"], "Cup"),
    ("baby wipes", ["wipes"], "Baby Wipes"),
    ("changing pad", ["diaper pails changing", "diaper bags"], r"Changing Pad(?! Cover)|Changer|Changing Station"),
    ("baby bathtub", ["baby bath"], r"Tub|Bath Support"),
    ("baby shampoo", ["baby skin care"], "Shampoo"),
    ("thermometer for a baby", ["baby health grooming"], "Thermometer"),
    # brand names used generically
    ("legos", ["lego"], r"^LEGO"),
    ("play-doh", ["play dough slime"], "Play-Doh"),
    ("a pack n play", ["play yards"], None),
    ("diaper genie", ["diaper pails changing"], "Diaper Pail"),
    ("pull-ups", ["potty training"], r"Pull-Ups|Training (Pants|Underwear)"),
    ("power wheels", ["ride-on toys"], r"Power Wheels|12V"),
    ("nerf guns", ["blasters"], "Blaster"),
    ("a boppy", ["breastfeeding"], "Boppy"),
    ("onesies", ["baby clothing"], "Bodysuits"),
    # misspellings
    ("stroler", ["strollers"], None),
    ("pacifers", ["pacifiers teethers"], PACIFIER),
    ("diapper bag", ["diaper bags"], r"Diaper (Bag|Backpack|Tote)"),
    ("barbi dolls", ["dolls"], "Barbie"),
    ("jigsaw puzzel 1000 pieces", ["puzzles"], "1000 pc"),
    ("bassinett", ["cribs bassinets", "play yards"], "Bassinet"),
    ("nose frida", ["baby health grooming"], "NoseFrida"),
    # British / Australian words
    ("a pushchair", ["strollers"], None),
    ("nappies", ["diapers"], None),
    ("a cot for the baby", ["cribs bassinets", "play yards"], CRIB),
    ("dummies", ["pacifiers teethers"], PACIFIER),
    ("colouring books", ["coloring drawing"], "Coloring"),
    ("nappy bag", ["diaper bags"], r"Diaper (Bag|Backpack|Tote)"),
    # chatty
    ("hi, my granddaughter turns 5, where are the barbies", ["dolls", "dollhouses doll accessories"], "Barbie"),
    ("hello, we're expecting, where would the car seats be", ["car seats"], "Car Seat(?! Base)"),
    ("hey my son wants a remote control monster truck for his birthday", ["rc toys"], "Monster Truck|RC Truck"),
    ("good afternoon, i need the similac sensitive formula", ["baby formula"], "Similac Sensitive"),
    ("excuse me, where are the swaddle blankets", ["crib bedding"], "Swaddle"),
    # sizes, colours, modifiers
    ("size 3 diapers", ["diapers"], "Size 3"),
    ("64 box of crayons", ["crayons markers"], "Crayons, 64"),
    ("16 inch kids bike", ["kids bikes scooters"], "16 in"),
    ("pink bike helmet", ["helmets safety gear"], "Helmet.*Pink"),
    ("8 oz baby bottles", ["baby bottles"], r"\b8 oz"),
    # Spanish words mixed in
    ("where are the pañales", ["diapers"], None),
    ("una carriola for my daughter", ["strollers"], None),
    ("biberones", ["baby bottles"], "Baby Bottle"),
    ("rompecabezas for kids", ["puzzles"], r"Kids|Floor|Chunky|Peg"),
    ("muñecas", ["dolls"], None),
    # price checks
    ("how much is the lego millennium falcon", None, r"Millennium Falcon", "price"),
    ("price of the barbie dreamhouse", None, r"Barbie Dreamhouse", "price"),
    ("how much is a uno game", None, r"^Mattel UNO Card Game", "price"),
    ("how much does the uppababy vista cost", None, r"UPPAbaby Vista V2", "price"),
    ("price of the chicco keyfit 35", None, r"Chicco KeyFit 35 Infant Car Seat", "price"),
    ("how much is the cozy coupe", None, r"Cozy Coupe", "price"),
    ("how much are the magna tiles 100 piece set", None, r"Magna-Tiles Classic Magnetic Tiles, 100 pc", "price"),
    ("what's the price of pampers swaddlers size 3", None, r"Pampers Swaddlers Diapers, Size 3", "price"),
    ("how much is the big can of similac 360", None, r"Similac 360 Total Care Infant Formula, Powder, 30\.8 oz", "price"),
    ("price on the nanit pro", None, r"Nanit Pro", "price"),
    # stock checks
    ("is the power wheels jeep in stock", None, r"Power Wheels Jeep", "stock"),
    ("do you have the lego hogwarts castle in stock", None, r"Hogwarts Castle", "stock"),
    ("any pokemon elite trainer boxes left", None, r"Elite Trainer Box", "stock"),
    ("is the 4moms mamaroo in stock", None, r"MamaRoo", "stock"),
    ("do you have the graco 4ever car seat in stock", None, r"Graco 4Ever", "stock"),
    ("is the stokke tripp trapp available", None, r"Tripp Trapp", "stock"),
    ("do you have the spectra s1 breast pump in stock", None, r"Spectra S1", "stock"),
    ("is the yoto mini in stock", None, r"Yoto Mini", "stock"),
    # absent
    ("a gallon of paint for the house", None, None, "absent"),
    ("motor oil", None, None, "absent"),
    ("a laptop computer", None, None, "absent"),
    ("a loaf of bread", None, None, "absent"),
    ("dog leash", None, None, "absent"),
    ("skateboard", None, None, "absent"),
    ("a hoverboard", None, None, "absent"),
    ("infant tylenol", None, None, "absent"),
    ("maternity jeans", None, None, "absent"),
    ("a glider rocking chair for the nursery", None, None, "absent"),
    ("halloween costumes for adults", None, None, "absent"),
    ("a dartboard for the garage", None, None, "absent"),
    ("poker chips", None, None, "absent"),
    ("a playstation 5", None, None, "absent"),
    ("crib bumper pads", None, None, "absent"),
    ("bunk beds", None, None, "absent"),
    ("cribbage board", None, None, "absent"),
    ("fishing rod", None, None, "absent"),
    ("a bottle of wine", None, None, "absent"),
    ("cloth diapers", None, None, "absent"),
]

HELDOUT_B = [
    ("a pram for my first grandchild", ["strollers"], None),
    ("nappies size 1", ["diapers"], "Size 1"),
    ("a dummy for the baby", ["pacifiers teethers"], PACIFIER),
    ("cot for the nursery", ["cribs bassinets"], CRIB),
    ("paddling pool", ["water toys"], "Pool"),
    ("felt tips for colouring", ["crayons markers"], "Markers"),
    ("colouring book for my grandson", ["coloring drawing"], "Coloring"),
    ("push bike for a toddler, the kind with no pedals", ["kids bikes scooters"], "Balance Bike"),
    ("babygrows", ["baby clothing"], r"Bodysuits|Pajamas"),
    ("a bouncer for the baby", ["swings bouncers"], "Bouncer"),
    ("um where are the legos", ["lego"], r"^LEGO"),
    ("sqishmallow", ["stuffed animals"], "Squishmallows"),
    ("dinasaur toys for my son", ["animal figures", "puzzles"], r"Tyrannosaurus|Velociraptor|Dinosaur"),
    ("tricylce", ["kids bikes scooters"], r"Tricycle|Trike"),
    ("pacifer clip", ["pacifiers teethers"], "Pacifier Clip"),
    ("diapper cream", ["baby skin care"], r"Diaper Rash|Aquaphor"),
    ("a kids kitchen set for christmas", ["pretend play"], "Play Kitchen"),
    ("a tool bench for my grandson", ["pretend play"], r"Workbench|Tool Kit"),
    ("a toy hoover", ["pretend play"], "Vacuum"),
    ("that bubble lawn mower toy", ["pretend play"], "Bubble Mower"),
    ("the noise machine for sleeping", ["baby monitors"], r"Sound Machine|White Noise"),
    ("sleeping bag for the baby", ["crib bedding"], r"SleepSack|Wearable Blanket"),
    ("dolls pram for my granddaughter", ["dollhouses doll accessories"], "Stroller for Dolls"),
    ("a swimming vest for a 3 year old", ["water toys"], r"Puddle Jumper|Life Jacket"),
    ("water pistol", ["water toys"], "Water Blaster"),
    ("walky talkies for the grandkids", ["kids electronics"], "Walkie"),
    ("sandpit for the garden", ["outdoor play sets"], "Sandbox"),
    ("bottle teats", ["baby bottles"], "Nipples"),
    ("where are the chupetes", ["pacifiers teethers"], PACIFIER),
    ("toallitas para bebe", ["wipes"], "Baby Wipes"),
    ("juguetes for a one year old", ["infant toddler toys"], None),
    ("una pelota for the park", ["outdoor games", "kids sports"], r"(?<!T-)\bBall\b"),
    ("car seat that faces backwards for a newborn", ["car seats"],
     r"Infant Car Seat(?! Base)|Convertible|All-in-One|4-in-1"),
    ("formula for a baby that spits up", ["baby formula"], "Spit-Up"),
    ("somethin to keep the cabinets shut so the baby cant open them", ["baby safety"], "Cabinet Lock"),
    # price
    ("how much is the graco pack n play", None, r"Pack 'n Play Portable Playard", "price"),
    ("how much for the kinetic sand 2 pound", None, r"Kinetic Sand, 2 lb", "price"),
    ("what does the radio flyer red wagon cost", None, r"Radio Flyer Classic Red Wagon", "price"),
    ("how much is the hatch sound machine", None, r"Hatch Rest", "price"),
    ("price of catan", None, r"Catan Board Game", "price"),
    # stock
    ("is the baby brezza formula machine in stock", None, r"Baby Brezza", "stock"),
    ("any 16 inch squishmallows left", None, r"Squishmallows Original Plush, 16 in", "stock"),
    ("do you have the strider balance bike in stock", None, r"Strider", "stock"),
    ("is the melissa and doug doctor kit in stock", None, r"Doctor's Kit", "stock"),
    # absent
    ("a cricket bat for my grandson", None, None, "absent"),
    ("face paint for a party", None, None, "absent"),
    ("a piñata for a birthday", None, None, "absent"),
    ("hamster cage", None, None, "absent"),
    ("school uniforms", None, None, "absent"),
    ("a chess clock", None, None, "absent"),
]

FORCE_OOS = [r"Power Wheels Jeep", r"Elite Trainer Box", r"Graco 4Ever", r"Spectra S1", r"Baby Brezza", r"Strider"]
FORCE_IN = [r"Hogwarts Castle", r"MamaRoo", r"Tripp Trapp", r"Yoto Mini", r"Squishmallows Original Plush, 16 in",
            r"Doctor's Kit"]

if __name__ == '__main__':
    run(CATALOG, QUESTIONS, 'toys', 'ty', 5151, force_oos=FORCE_OOS, force_in=FORCE_IN,
        heldout_b=HELDOUT_B, oos_share=0.08)
