#!/usr/bin/env python3
"""Generates the crafts store (arts, crafts & hobby): catalog.csv, questions.jsonl and
questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT yarn & needlecraft
CAT yarn @ Aisle 1 left
Red Heart Super Saver Yarn, Medium 4, 7 oz, {Cherry Red|Soft White|Black} $5.49
+Red Heart Super Saver Jumbo Yarn, Medium 4, 14 oz, Soft White $9.99
Lion Brand Wool-Ease Yarn, Worsted 4, 3 oz, {Fisherman|Grey Heather} $7.49
+Lion Brand Fishermen's Wool Yarn, 100% Wool, 8 oz, Natural $15.99
+Lion Brand Mandala Yarn, Light 3, 5.3 oz, Chimera $9.99
+Lion Brand Pound of Love Baby Yarn, 16 oz, White $14.99
+Lion Brand Sock-Ease Yarn, Fingering 1, 3.5 oz, Toffee $9.99
Bernat Blanket Yarn, Super Bulky 6, 10.5 oz, {Vintage White|Dark Grey} $11.99
+Bernat Baby Blanket Yarn, Super Bulky 6, 10.5 oz, Baby Pink $11.99
+Caron Simply Soft Yarn, Worsted 4, 6 oz, {Black|Off White} $5.99
+Caron Cakes Yarn, Medium 4, 7.1 oz, Rainbow Sprinkle $9.99
+Lily Sugar'n Cream Cotton Yarn, Medium 4, 2.5 oz, {White|Ecru} $2.99
+Loops & Threads Impeccable Yarn, Worsted 4, 4.5 oz, Charcoal $4.99
Loops & Threads Macrame Cord, 4 mm, Natural Cotton, 100 yd $9.99
CAT knitting crochet supplies @ Aisle 1 right
Boye Aluminum Crochet Hook, {3.75 mm F|5 mm H} $3.49
+Clover Amour Crochet Hook, 4 mm G $8.99
+Boye Ergonomic Crochet Hook Set, 9 Hooks $24.99
Boye Aluminum Single Point Knitting Needles, 10 in., {US 8, 5 mm|US 10, 6 mm} $6.49
+ChiaoGoo Bamboo Circular Knitting Needles, 16 in., US 7, 4.5 mm $12.99
+ChiaoGoo Red Lace Stainless Circular Knitting Needles, 32 in., US 8, 5 mm $16.99
+Knitter's Pride Ginger Interchangeable Needle Set, Deluxe $109.99
Boye Round Loom Knitting Set, 4 Looms $19.99
Clover Locking Stitch Markers, 20 ct $6.49
+Boye Row Counter for Knitting & Crochet $4.99
+Clover Chibi Bent Tip Darning Needles, 3 ct $5.49
+Clover Pom-Pom Maker, Large, 2 Sizes $8.99
CAT embroidery cross stitch @ Aisle 2 left
DMC Six-Strand Embroidery Floss, 8.7 yd, {Black 310|White B5200} $0.69
+DMC Six-Strand Embroidery Floss Pack, 36 Colors $22.99
+DMC Pearl Cotton Thread, Size 5, Ecru $2.99
Dritz Wood Embroidery Hoop, 8 in. $2.99
+Susan Bates Hoop-La Plastic Embroidery Hoop, 7 in. $3.49
Charles Craft Aida Cloth, 14 Count, 15 x 18 in., White $5.99
Dimensions Counted Cross Stitch Kit, Woodland Fox, 5 x 7 in. $12.99
+Bucilla Stamped Embroidery Kit, Bee Garden, 6 in. Hoop $12.99
+Dimensions Punch Needle Kit, Cactus Pillow, 12 x 12 in. $19.99
+Dimensions Latch Hook Kit, Rainbow Rug, 20 x 27 in. $24.99
Sulky Stick 'n Stitch Stabilizer, 8.5 x 11 in., 12 Sheets $12.99

DEPT sewing & fabric
CAT fabric @ Fabric Cutting Counter
Robert Kaufman Kona Cotton Solid Fabric, 44 in., per yard, {Black|White} $9.99
+Fabric Traditions Quilting Cotton Print, 44 in., per yard, Sunflowers $7.99
+Robert Kaufman Mammoth Flannel Fabric, 44 in., per yard, Red Plaid $12.99
Blizzard Anti-Pill Fleece Fabric, 59 in., per yard, {Black|Buffalo Check} $9.99
+Shannon Fabrics Cuddle 3 Solid Minky Fabric, 60 in., per yard, Ivory $19.99
+Robert Kaufman Indigo Denim Fabric, 10 oz, 58 in., per yard $14.99
+Fabric Editions Natural Jute Burlap, 60 in., per yard $5.99
+Casa Collection Tulle Fabric, 54 in., per yard, White $2.99
+Sunbrella Outdoor Canvas Fabric, 54 in., per yard, Navy $34.99
+Roc-lon Unbleached Cotton Muslin Fabric, 45 in., per yard $4.99
Moda Charm Pack Precut Squares, 5 x 5 in., 42 pc $12.99
+Moda Jelly Roll Precut Strips, 2.5 in., 40 pc $44.99
+Riley Blake Designs Fat Quarter Bundle, 18 x 22 in., 10 pc $29.99
CAT sewing patterns @ Fabric Cutting Counter
Simplicity Sewing Pattern S9105, Misses' Dress, Sizes 6-14 $14.95
+Simplicity Sewing Pattern S9237, Children's Pajamas, Sizes 3-8 $14.95
+McCall's Sewing Pattern M7969, Misses' Tops, Sizes 14-22 $16.95
+Butterick Sewing Pattern B6757, Aprons, One Size $14.95
+Vogue Sewing Pattern V9253, Misses' Coat, Sizes 8-16 $24.95
CAT sewing notions @ Aisle 2 right
Dritz Quilting Pins, 1-3/4 in., 250 ct $6.99
+Clover Wonder Clips, 50 ct $19.99
+Dritz Safety Pins, Assorted Sizes, 90 ct $3.99
+Singer Hand Sewing Needles, Assorted, 50 ct $2.99
+Dritz Metal Thimble, Medium $2.49
+Dritz Seam Ripper, Large $3.49
+Dritz Tape Measure, 60 in. $2.99
+Dritz Tomato Pin Cushion $3.99
+Clover Chaco Liner Pen Style, White $7.99
+Singer Sewing Kit, 130 pc $12.99
+Dritz Fray Check Seam Sealant, 0.75 fl oz $4.99
CAT thread @ Aisle 2 right
Gutermann Sew-All Polyester Thread, 110 yd, Black $3.49
+Gutermann Sew-All Polyester Thread, 547 yd, Black $8.99
+Coats & Clark Dual Duty XP General Purpose Thread, 250 yd, White $2.99
+Coats & Clark Dual Duty XP Heavy Thread, 125 yd, Black $3.49
+Coats & Clark Cotton Machine Quilting Thread, 350 yd, Natural $4.49
+Aurifil Mako Cotton Thread, 50 wt, 1422 yd, White $13.99
+Singer Polyester Thread Set, 24 Spools $9.99
CAT buttons zippers trims @ Aisle 3 left
La Mode 4-Hole Buttons, 3/4 in., Black, 4 ct $2.49
+Dress It Up Novelty Buttons, Woodland Animals $3.99
+Buttons Galore Button Jar, Assorted Colors, 6 oz $8.99
Coats & Clark All-Purpose Plastic Zipper, 9 in., White $2.29
+Coats & Clark Separating Jacket Zipper, 22 in., Black $4.49
+Coats & Clark Invisible Zipper, 22 in., Black $3.49
+YKK #5 Nylon Zipper by the Yard, 3 yd with 9 Pulls $9.99
Dritz Sew-On Snaps, Black, 21 ct $2.99
+Dritz Heavy Duty Snap Fasteners with Tool, 10 ct $7.99
+Velcro Brand Sew-On Tape, 3/4 in. x 3 ft, Black $5.99
Dritz Knit Elastic, 3/4 in. x 3 yd, White $3.99
+Wrights Double Fold Bias Tape, 1/2 in. x 3 yd, Black $2.49
+Wrights Jumbo Rick Rack, 5/8 in. x 2.5 yd, Red $2.49
CAT batting interfacing @ Aisle 3 right
Fairfield Poly-Fil Premium Polyester Fiber Fill, {12 oz:7.99|32 oz:16.99} $7.99
+Fairfield Soft Touch Pillow Insert, 18 x 18 in. $9.99
Warm Company Warm & Natural Cotton Batting, Crib Size 45 x 60 in. $14.99
+Warm Company Warm & Natural Cotton Batting, Queen Size 90 x 108 in. $39.99
+Pellon Nature's Touch 80/20 Batting, Twin Size 72 x 90 in. $24.99
Pellon 931TD Fusible Midweight Interfacing, 20 x 36 in., White $4.99
+Pellon Shape-Flex SF101 Woven Fusible Interfacing, 20 in. x 1 yd, White $5.99
+HeatnBond Lite Iron-On Adhesive, 17 in. x 1 yd $4.99
+Dritz Stitch Witchery Fusible Bonding Web, 5/8 in. x 20 yd $3.99
CAT sewing machines @ Sewing Machine Center
Brother CS7000X Computerized Sewing & Quilting Machine $229.99
+Brother XM2701 Lightweight Sewing Machine, 27 Stitches $169.99
+Singer Heavy Duty 4423 Sewing Machine $249.99
+Singer Start 1304 Sewing Machine $119.99
+Janome 2212 Sewing Machine $229.00
+Janome Sew Mini Compact Sewing Machine, Pink $79.99
Schmetz Universal Machine Needles, Size 80/12, 5 ct $5.99
+Schmetz Jeans Machine Needles, Size 100/16, 5 ct $6.49
Singer Class 15 Plastic Bobbins, 10 ct $4.99
Singer Even Feed Walking Foot $24.99
+Brother SA125 1/4 in. Piecing Foot $14.99
Singer All-Purpose Sewing Machine Oil, 1 fl oz $3.99
CAT fabric cutting tools @ Aisle 4 left
Olfa 45 mm Quick-Change Rotary Cutter $19.99
+Fiskars 45 mm Stick Rotary Cutter $12.99
+Olfa 60 mm Rotary Cutter $29.99
+Olfa 45 mm Rotary Blade Refills, 5 ct $22.99
Olfa Self-Healing Rotary Cutting Mat, 24 x 36 in. $74.99
Omnigrid Quilter's Ruler, 6 x 24 in. $22.99
Gingher Knife Edge Dressmaker's Shears, 8 in. $34.99
+Fiskars Razor-Edge Fabric Shears, 9 in. $22.99
+Fiskars Pinking Shears, 9 in. $24.99
+Gingher Stork Embroidery Scissors, 3.5 in. $19.99
CAT fabric paint dye @ Aisle 4 right
Tulip One-Step Tie-Dye Kit, {Rainbow 5 Colors:14.99|Party 18 Bottles:29.99} $14.99
+Rit All-Purpose Liquid Dye, 8 fl oz, {Black|Navy Blue} $4.99
+Rit DyeMore Synthetic Fiber Dye, 7 fl oz, Graphite $6.99
Tulip Dimensional Fabric Paint Set, Neon, 6 ct $9.99
+Tulip Soft Fabric Paint, 2 oz, White $2.99
+Tulip Fabric Markers, Fine Tip, Brights, 10 ct $12.99
CAT blank apparel @ Aisle 4 right
Gildan Heavy Cotton Adult T-Shirt, {White|Black}, Large $5.99
+Gildan Youth Heavy Cotton T-Shirt, White, Medium $4.99
+Rabbit Skins Infant Rib Bodysuit, White, 12 Months $6.99
+Gildan Heavy Blend Adult Hooded Sweatshirt, Black, Large $19.99
Liberty Bags Natural Cotton Canvas Tote Bag, 15 x 16 in. $3.99

DEPT fine art
CAT acrylic paint @ Aisle 5 left
Liquitex Basics Acrylic Paint, 4 oz, {Titanium White|Ultramarine Blue} $7.99
+Liquitex Basics Acrylic Paint Set, 12 x 22 ml Tubes $19.99
+Golden Heavy Body Acrylic, 2 oz, {Titanium White|Quinacridone Magenta} $11.99
+Winsor & Newton Galeria Acrylic Colour, 120 ml, Titanium White $10.49
+Arteza Acrylic Paint Set, 24 Colors, 22 ml Tubes $22.99
CAT craft paint @ Aisle 5 right
Apple Barrel Acrylic Paint, Matte, 2 oz, {Black|White} $0.99
+Apple Barrel Acrylic Paint Set, Matte, 18 Colors $9.99
+FolkArt Acrylic Paint, 2 oz, {Wicker White|Metallic Gold} $1.49
+DecoArt Americana Acrylic Paint, 2 oz, Lamp Black $1.79
+Craft Smart Metallic Acrylic Paint, 2 oz, Silver $1.29
DecoArt Americana Decor Chalky Finish Paint, 8 oz, Everlasting $7.99
+FolkArt Home Decor Chalk Furniture & Craft Paint, 8 oz, Sheepskin $8.99
FolkArt Enamels Glass & Ceramic Paint, 2 oz, White $3.49
DecoArt Glow-in-the-Dark Paint, 2 oz, Green $3.49
CAT oil paint mediums @ Aisle 6 left
Winsor & Newton Winton Oil Colour, 37 ml, {Titanium White|Burnt Sienna} $8.99
+Winsor & Newton Winton Oil Colour Set, 10 x 21 ml Tubes $39.99
+Gamblin 1980 Oil Colors, 37 ml, Ultramarine Blue $9.99
+Winsor & Newton Artisan Water Mixable Oil Colour, 37 ml, Titanium White $12.99
Gamblin Gamsol Odorless Mineral Spirits, 33.8 fl oz $29.99
+Winsor & Newton Liquin Original Medium, 75 ml $13.99
+Winsor & Newton Refined Linseed Oil, 75 ml $9.99
Liquitex Basics Gesso, 8 oz $9.99
+Liquitex Pouring Medium, 8 oz $14.99
+Liquitex Gloss Varnish, 8 oz $13.99
CAT watercolor paint @ Aisle 6 right
Winsor & Newton Cotman Watercolour Pocket Box, 12 Half Pans $24.99
+Winsor & Newton Cotman Watercolour Tube, 8 ml, Ultramarine $5.49
+Sakura Koi Water Colors Pocket Field Sketch Box, 24 Colors $29.99
+Daniel Smith Extra Fine Watercolor, 15 ml, Quinacridone Gold $15.99
+Prang Oval-Pan Watercolor Set, 8 Colors $4.49
+Kuretake Gansai Tambi Watercolor Set, 36 Colors $39.99
Winsor & Newton Designers Gouache, 14 ml, Permanent White $9.99
+Himi Miya Jelly Gouache Paint Set, 24 Colors $24.99
Winsor & Newton Art Masking Fluid, 75 ml $12.99
CAT artist brushes @ Aisle 7 left
Princeton Velvetouch Brush, {Round 4|Flat 1/2 in.} $9.99
+Princeton Catalyst Polytip Brush Set, Oil & Acrylic, 6 pc $29.99
+Royal & Langnickel Zen All Media Brush Set, 5 pc $14.99
+Winsor & Newton Cotman Watercolour Brush, Round No. 8 $6.99
+Winsor & Newton Series 7 Kolinsky Sable Brush, Round No. 4 $42.99
+Silver Brush Black Velvet Oval Wash, 3/4 in. $24.99
+Pentel Aquash Water Brush, Medium $6.99
+Craft Smart Value Pack Brush Set, 25 pc $5.99
+Plaid Foam Brush Set, Assorted Sizes, 8 pc $3.99
The Masters Brush Cleaner and Preserver, 2.5 oz $8.99
CAT canvas @ Aisle 7 right
Fredrix Red Label Stretched Canvas, {11 x 14 in.:10.99|16 x 20 in.:16.99} $7.99
+Artist's Loft Stretched Canvas Value Pack, 16 x 20 in., 5 pk $44.99
+Fredrix Canvas Panels, 9 x 12 in., 3 pk $8.99
+Fredrix Canvas Pad, 12 x 16 in., 10 Sheets $12.99
+Ampersand Gessobord Panel, 8 x 10 in. $9.99
+Arteza Mini Stretched Canvas with Easel, 4 x 4 in., 12 pk $14.99
CAT easels palettes @ Aisle 7 right
U.S. Art Supply Large Tabletop H-Frame Easel, Beechwood $39.99
+Artist's Loft Aluminum Field Easel $29.99
+Melissa & Doug Deluxe Standing Art Easel $69.99
+Artist's Loft Black Metal Display Easel, 5 ft $19.99
Mijello Airtight Watercolor Palette, 33 Wells $19.99
+Richeson Gray Matters Paper Palette Pad, 12 x 16 in. $12.99
+Royal & Langnickel Round Plastic Palette, 10 Wells $2.99
Artist's Loft Palette Knife Set, 5 pc $6.99

DEPT drawing & markers
CAT colored pencils @ Aisle 8 left
Prismacolor Premier Colored Pencils, 48 ct $44.99
+Faber-Castell Polychromos Colored Pencils, 24 ct Tin $49.99
+Crayola Colored Pencils, {12 ct:2.99|50 ct:11.99} $2.99
+Derwent Inktense Pencils, 12 ct Tin $24.99
+Staedtler Karat Aquarell Watercolor Pencils, 24 ct $26.99
+Prismacolor Colorless Blender Pencils, 2 ct $3.49
CAT drawing charcoal pastels @ Aisle 8 left
Staedtler Mars Lumograph Graphite Pencils, 12 Degrees Tin $19.99
+Derwent Graphic Sketching Pencils, 6 ct $9.99
+General's Charcoal Drawing Set, 12 pc $12.99
+General's Compressed Charcoal Sticks, 6 ct $7.99
+Winsor & Newton Artists' Vine Charcoal, Thin, 12 Sticks $5.99
Prismacolor Design Kneaded Eraser $2.49
+Staedtler Mars Plastic Eraser $1.99
+General's Tortillons & Blending Stumps Set, 6 pc $4.49
+Krylon Workable Fixatif Spray, 11 oz $14.99
Mungyo Gallery Soft Pastels, 32 ct $14.99
+Sakura Cray-Pas Expressionist Oil Pastels, 25 ct $9.99
CAT markers @ Aisle 8 right
Copic Sketch Marker, {0 Colorless Blender|B02 Robin's Egg Blue} $8.49
+Copic Ciao Marker Set, Basic, 12 ct $59.99
+Ohuhu Honolulu Alcohol Art Markers, Dual Tip, 48 ct $36.99
+Tombow Dual Brush Pens, {Primary|Pastel}, 10 ct $24.99
+Uni Posca PC-5M Paint Markers, Medium, 8 ct $24.99
+Sharpie Oil-Based Paint Markers, Medium Point, {White|Gold} $6.49
+Sharpie Permanent Markers, Fine Point, Assorted Colors, 24 ct $24.99
CAT pens inking @ Aisle 8 right
Sakura Pigma Micron Pen, 01 0.25 mm, Black $3.49
+Sakura Pigma Micron Pen Set, Black, 6 ct $15.99
+Faber-Castell Pitt Artist Pen Set, Black, 4 ct $12.99
+Staedtler Pigment Liner Set, 6 ct $11.99
+Sakura Gelly Roll Pens, Classic White, 3 ct $5.99
+Tombow Fudenosuke Brush Pens, 2 ct $6.49
+Pentel Pocket Brush Pen, Black $10.99
Speedball Calligraphy Lettering Set, 6 Nibs $15.99
+Higgins Black India Ink, 1 oz $5.99
CAT art paper pads @ Aisle 9 left
Strathmore 400 Series Sketch Pad, 9 x 12 in., 100 Sheets $11.99
+Canson XL Series Mix Media Pad, 9 x 12 in., 60 Sheets $10.99
+Canson XL Series Watercolor Pad, {9 x 12 in.:10.99|11 x 15 in.:16.99}, 30 Sheets $10.99
+Strathmore 400 Series Watercolor Pad, 140 lb, 9 x 12 in., 12 Sheets $12.99
+Arches Cold Press Watercolor Block, 140 lb, 9 x 12 in., 20 Sheets $54.99
+Strathmore 300 Series Bristol Pad, Smooth, 11 x 14 in., 20 Sheets $12.99
+Moleskine Art Collection Sketchbook, Large 5 x 8.25 in., Black $26.95
+Strathmore 200 Series Newsprint Pad, 18 x 24 in., 100 Sheets $14.99
+Canson Mi-Teintes Pastel Paper Pad, 9 x 12 in., 24 Sheets $14.99

DEPT craft supplies
CAT spray paint sealers @ Aisle 9 right
Krylon COLORmaxx Spray Paint, 12 oz, {Gloss Black|Flat White} $7.99
+Krylon Premium Metallic Spray Paint, 8 oz, 18KT Gold $9.99
+Rust-Oleum Painter's Touch 2X Spray Paint, 12 oz, Satin Heirloom White $7.49
+Rust-Oleum Glitter Spray Paint, 10.25 oz, Gold $9.49
Mod Podge Clear Acrylic Sealer, Gloss, 12 oz $9.99
+Krylon Crystal Clear Acrylic Coating, 11 oz $9.49
+Krylon UV-Resistant Clear Acrylic Coating, Matte, 11 oz $12.99
+Minwax Polycrylic Protective Finish, Clear Satin, 8 oz $12.99
CAT resin @ Aisle 9 right
Let's Resin Crystal Clear Epoxy Resin Kit, 32 oz $29.99
+ArtResin Epoxy Resin Kit, Clear, 32 oz $54.99
+Castin' Craft Clear Polyester Casting Resin with Catalyst, 16 oz $29.99
+Let's Resin Hard UV Resin, 200 g $15.99
Let's Resin Mica Powder Pigment Set, 24 Colors $14.99
+Let's Resin Silicone Coaster Molds, 4 pc $16.99
+Make Market Silicone Resin Mold, Alphabet Letters $9.99
+Let's Resin Measuring Cups & Stir Sticks Set $8.99
CAT clay sculpting @ Aisle 10 left
Sculpey III Oven-Bake Clay, 2 oz, White $2.49
+Sculpey III Oven-Bake Clay Sampler, 30 Colors $29.99
+Sculpey Original Oven-Bake Clay, White, 1.75 lb $14.99
+Staedtler FIMO Soft Polymer Clay, 57 g, White $2.99
Crayola Air-Dry Clay, White, 2.5 lb $6.99
+DAS Air Hardening Modeling Clay, White, 2.2 lb $11.99
+Van Aken Claytoon Non-Hardening Modeling Clay, 1 lb, Assorted Colors $4.99
Sculpey Tools Clay Tool Starter Set, 5 pc $9.99
+Sculpey Tools Acrylic Clay Roller $11.99
CAT hot glue @ Aisle 10 left
Surebonder Mini Low Temp Hot Glue Gun $4.99
+Surebonder Full Size Dual Temp Hot Glue Gun $12.99
+Gorilla Dual Temp Mini Hot Glue Gun Kit with 30 Sticks $19.99
+AdTech 2-Temp Cordless Hot Glue Gun $29.99
Surebonder All Temp Mini Glue Sticks, 4 in., 100 ct $12.99
+Surebonder All Temp Full Size Glue Sticks, 10 in., 24 ct $9.99
+Gorilla Hot Glue Sticks, Mini, 4 in., 30 ct $5.99
+Surebonder Glitter Mini Glue Sticks, Assorted, 12 ct $4.99
CAT glue adhesives @ Aisle 10 left
Aleene's Original Tacky Glue, 8 oz $5.99
+Aleene's Fabric Fusion Permanent Fabric Adhesive, 4 oz $6.49
+Beacon Fabri-Tac Permanent Adhesive, 4 oz $7.99
+E6000 Craft Adhesive, 3.7 oz $9.99
+Gorilla Super Glue Gel, 20 g $5.99
+Elmer's Glue-All Multi-Purpose Glue, 7.63 oz $4.49
+Elmer's Liquid School Glue, Washable, {4 oz:1.49|1 gal:19.99} $1.49
+Elmer's Liquid School Glue, Clear, 5 oz $2.29
+Elmer's All Purpose Glue Sticks, Disappearing Purple, 6 ct $4.99
+3M Super 77 Multipurpose Spray Adhesive, 13.57 oz $14.99
Mod Podge Waterbase Sealer, Glue & Finish, Matte, 8 oz $7.99
CAT craft knives scissors @ Aisle 10 right
X-Acto #1 Precision Knife $5.99
+X-Acto #11 Replacement Blades, 5 ct $3.99
+Fiskars Fingertip Detail Knife $9.99
Fiskars Premier Softgrip Scissors, 8 in. $14.99
+Westcott Titanium Bonded Scissors, 8 in. $8.99
+Fiskars Paper Edger Scissors, Deckle $5.99
Fiskars Self-Healing Cutting Mat, 12 x 18 in. $14.99
+Westcott Cork-Back Stainless Steel Ruler, 18 in. $7.99
+Fiskars Portable Paper Trimmer, 12 in. $24.99
CAT wood crafts @ Aisle 10 right
Creatology Natural Craft Sticks, Jumbo, 75 ct $2.99
+Midwest Products Hardwood Dowel, 1/4 x 36 in. $0.99
+Midwest Products Balsa Wood Sheet, 1/8 x 3 x 24 in. $2.49
Walnut Hollow Basswood Round, 9 to 11 in. $10.99
+Make Market Natural Wood Slices, 2.5 to 3 in., 10 pk $5.99
+Make Market Unfinished Wood Hearts, 3 in., 12 pc $4.99
+Make Market Unfinished Wood Letter, 8 in., A $2.99
+Make Market Unfinished Wood Plaque, Rectangle, 8 x 10 in. $3.99
+Make Market Unfinished Wood Box with Hinged Lid, 7 x 4 in. $4.99
+Make Market Mini Wood Clothespins, 50 ct $2.99
Walnut Hollow Creative Versa-Tool Woodburning Kit $34.99
CAT cutting machines @ Cricut Center
Cricut Maker 3 Smart Cutting Machine $429.99
+Cricut Explore 3 Smart Cutting Machine $299.99
+Cricut Joy Xtra Smart Cutting Machine $199.99
+Silhouette Cameo 5 Cutting Machine, White $299.99
Cricut EasyPress 3, 9 x 9 in. $149.99
+Cricut EasyPress Mini $59.99
Cricut StandardGrip Machine Mat, 12 x 12 in., 3 pk $19.99
+Cricut Premium Fine-Point Blade and Housing $24.99
+Cricut Basic Tool Set, 5 pc $19.99
CAT vinyl iron-on @ Cricut Center
Cricut Premium Permanent Vinyl, 12 x 48 in., Black $9.99
+Cricut Premium Removable Vinyl, 12 x 48 in., White $9.99
+Oracal 651 Permanent Adhesive Vinyl Sheets, 12 x 12 in., 20 pk, Assorted $19.99
+Siser EasyWeed Heat Transfer Vinyl, 12 x 36 in., White $8.99
+Cricut Everyday Iron-On, 12 x 24 in., White $14.99
+Cricut Infusible Ink Transfer Sheets, Pastel, 2 ct $9.99
Cricut StandardGrip Transfer Tape, 12 x 48 in. $9.99
CAT candle soap making @ Aisle 15 right
Yaley Premium Soy Wax Flakes, 2 lb $14.99
+Yaley Pre-Waxed Candle Wicks, 6 in., 20 ct $3.99
+Yaley Candle Fragrance Oil, 1 oz, Lavender $4.99
+Yaley Wax Melting Pitcher, 2 lb $12.99
+Make Market Soy Candle Making Kit $24.99
Life of the Party Melt & Pour Soap Base, Clear Glycerin, 2 lb $11.99
+Life of the Party Soap Mold, Rectangles, 4 Cavity $4.99

DEPT beads & jewelry
CAT beads @ Aisle 11 left
Bead Landing Glass Seed Beads, 11/0, Rainbow Mix, 24 g $3.99
+Miyuki Delica Beads, 11/0, Opaque Black, 7.2 g Tube $4.49
+Darice Pony Beads, 6 x 9 mm, Opaque Rainbow Mix, 500 ct $3.99
+Bead Landing Acrylic Alphabet Letter Beads, White & Black, 300 ct $4.99
+Bead Landing Glass Pearl Beads, 8 mm, Ivory, 60 ct $4.99
+Bead Landing Clay Heishi Disc Beads, 6 mm, Rainbow Mix $4.99
+Bead Landing Natural Stone Beads, 8 mm, Amethyst, 15 in. Strand $9.99
+Bead Landing Crystal Bicone Beads, 4 mm, Clear AB, 100 ct $5.99
+Bead Landing Round Wood Beads, 16 mm, Natural, 50 ct $3.99
CAT jewelry findings @ Aisle 11 right
Bead Landing Open Jump Rings, 6 mm, Silver Plated, 100 ct $2.99
+Bead Landing Lobster Clasps, 12 mm, Silver Plated, 12 ct $3.49
+Bead Landing Fish Hook Earring Wires, Silver Plated, 48 ct $3.49
+Bead Landing Stainless Steel Earring Posts with Backs, 50 pr $4.99
+Bead Landing Crimp Beads, 2 mm, Silver, 300 ct $2.99
+Bead Landing Head Pins, 2 in., Silver Plated, 100 ct $2.99
+Bead Landing Adjustable Ring Blanks, Silver, 6 ct $3.99
+Bead Landing Split Key Rings, 25 mm, 20 ct $3.49
+Bead Landing Charm Assortment, Celestial, Gold, 20 pc $5.99
CAT jewelry wire cord @ Aisle 11 right
Beadalon Stretch Magic Bead & Jewelry Cord, {0.7 mm, Clear, 5 m:3.99|1 mm, Clear, 10 m:5.99} $3.99
+Beadalon 19 Strand Bead Stringing Wire, 0.018 in., Bright, 30 ft $7.99
+Artistic Wire Tarnish Resistant Craft Wire, 20 Gauge, Silver, 15 yd $5.99
+Beadalon Bracelet Memory Wire, 1 oz $4.99
+Bead Landing Genuine Leather Cord, 2 mm, Brown, 5 yd $4.99
+Bead Landing Waxed Cotton Cord, 1 mm, Black, 15 yd $3.49
+Bead Landing Cable Chain, 2 mm, Silver Plated, 6 ft $5.99
CAT jewelry tools @ Aisle 11 right
Beadalon Essential Jewelry Pliers Kit, 3 pc $24.99
+Bead Landing Round Nose Pliers $6.99
+Bead Landing Chain Nose Pliers $6.99
+Bead Landing Flush Wire Cutter $6.99
+Beadalon Standard Crimp Tool $9.99
Bead Landing Velvet Bead Board $7.99
+Bead Landing Bead Organizer Box, 12 Compartments $6.99
+Bead Landing Big Eye Beading Needles, 4 ct $2.49

DEPT paper crafts
CAT scrapbook paper @ Aisle 12 left
Recollections Cardstock Paper, 12 x 12 in., White, 50 Sheets $7.99
+Recollections Cardstock Paper, 8.5 x 11 in., Brights, 100 Sheets $9.99
+Recollections Glitter Cardstock, 12 x 12 in., Gold, 5 Sheets $5.99
+American Crafts Cardstock Pack, 12 x 12 in., Rainbow, 60 Sheets $12.99
DCWV Patterned Paper Stack, 12 x 12 in., Farmhouse, 48 Sheets $12.99
+Echo Park Paper Collection Kit, 12 x 12 in., Summer Adventure $14.99
+Recollections Patterned Paper Pad, 6 x 6 in., Floral, 180 Sheets $9.99
CAT cards envelopes @ Aisle 12 left
Recollections Blank Cards & Envelopes, A2, White, 50 ct $8.99
+Recollections Blank Cards & Envelopes, A7, White, 25 ct $7.99
+Recollections Square Cards & Envelopes, 5.5 x 5.5 in., White, 25 ct $7.99
CAT specialty paper boards @ Aisle 12 left
Yasutomo Fold'ems Origami Paper, 6 in., {Assorted, 100 Sheets:6.49|Washi Patterns, 40 Sheets:7.99} $6.49
+Cartotecnica Rossi Heavy Crepe Paper Roll, 180 g, Red $11.99
+Canson Vellum Paper Pad, 9 x 12 in., 50 Sheets $12.99
+Pacon Kraft Paper Roll, 36 in. x 100 ft $24.99
+Grafix Chipboard Sheets, 12 x 12 in., 25 Sheets $12.99
Royal Brites Poster Board, 22 x 28 in., {White|Black} $0.99
+Elmer's Foam Board, 20 x 30 in., White $4.99
+Elmer's Tri-Fold Display Board, 36 x 48 in., White $7.99
CAT scrapbook albums @ Aisle 12 right
Pioneer Postbound Scrapbook Album, 12 x 12 in., {Black|Red} $19.99
+Recollections Scrapbook Album, 12 x 12 in., Black Faux Leather $24.99
+Pioneer Photo Album, Holds 300 4 x 6 in. Photos, Black $14.99
+Recollections 12 x 12 in. Page Protectors, 10 ct $6.99
CAT stickers embellishments @ Aisle 12 right
Sticko Stickers, Puppies $3.99
+Recollections Puffy Stickers, Hearts $2.99
+Recollections Alphabet Stickers, Black, 4 Sheets $3.49
+American Crafts Thickers Foam Alphabet Stickers, White $4.99
+Recollections Enamel Dots, Pastels, 84 pc $3.99
+Recollections Adhesive Rhinestone Gems, Clear, 500 pc $4.99
+Prima Marketing Paper Flowers, Ivory, 24 pc $7.99
+Tim Holtz Idea-ology Ephemera Pack, Vintage $5.99
CAT craft tape @ Aisle 12 right
Recollections Washi Tape Set, Floral, 5 Rolls $5.99
+Duck Tape Printed Duct Tape, Tie Dye, 1.88 in. x 10 yd $4.99
+Scotch Double-Sided Tape, 1/2 in. x 450 in. $4.99
+Glue Dots Craft Glue Dots, 1/2 in., 200 ct $5.49
+Scrapbook Adhesives E-Z Runner Permanent Strips Tape Runner $8.99
+Tombow Mono Adhesive Permanent Tape Runner $5.99
+Scrapbook Adhesives 3D Foam Squares, White, Mixed, 308 ct $4.99
CAT stamps ink pads @ Aisle 13 left
Ranger Tim Holtz Distress Oxide Ink Pad, Vintage Photo $7.99
+Ranger Archival Ink Pad, Jet Black $8.49
+Tsukineko StazOn Solvent Ink Pad, Jet Black $7.99
+Tsukineko VersaMark Watermark Ink Pad $8.49
Recollections Clear Stamps, Birthday Wishes $5.99
Ranger Embossing Powder, Gold, 0.6 oz $4.99
+Ranger Heat It Craft Tool $29.99
Speedball Speedy-Carve Stamp Carving Block, 4 x 6 in. $7.99
+Speedball Linoleum Cutter Set $12.99
CAT paper punches die cutting @ Aisle 13 left
Fiskars Lever Punch, Medium, Heart $9.99
+EK Tools Corner Rounder Punch, 1/4 in. $7.99
+We R Memory Keepers Crop-A-Dile Eyelet & Snap Punch $24.99
Sizzix Big Shot Die Cutting Machine $119.99
+Spellbinders Platinum 6 Die Cutting Machine $99.99
Sizzix Thinlits Die Set, Layered Flowers $19.99
+Spellbinders Nestabilities Dies, Classic Circles, 6 pc $24.99
Scor-Pal Scoring Board, 12 x 12 in. $29.99

DEPT frames & floral
CAT frames @ Frame Shop
Studio Decor Simply Essentials Frame, Black, {5 x 7 in.:5.99|8 x 10 in.:7.99} $4.99
+Studio Decor Gallery Frame with Mat, White, 11 x 14 in. $19.99
+Studio Decor Document Frame, 8.5 x 11 in., Black $9.99
+Studio Decor Diploma Frame, 11 x 14 in. with 8.5 x 11 in. Mat, Cherry $29.99
+Studio Decor Collage Frame, 6 Openings, 4 x 6 in., Black $24.99
+Studio Decor Vintage Ornate Frame, Gold, 5 x 7 in. $12.99
+Studio Decor Rustic Wood Frame, Barnwood, 8 x 10 in. $12.99
MCS Format Frame, 16 x 20 in., Black $24.99
+MCS Poster Frame, {18 x 24 in.:24.99|24 x 36 in.:34.99}, Black $24.99
CAT shadow boxes mats @ Frame Shop
Studio Decor Shadow Box, {8 x 10 in., Black:19.99|11 x 14 in., Black:29.99} $19.99
+Studio Decor Jersey Shadow Box, 24 x 32 in., Black $79.99
+Studio Decor Flag Display Case, Cherry $34.99
Crescent Pre-Cut Mat Board, {8 x 10 in. for 5 x 7 in. Photo, White:4.99|11 x 14 in. for 8 x 10 in. Photo, Black:6.99} $4.99
+Crescent Mat Board Sheet, 32 x 40 in., Bright White $12.99
+Logan Compact Classic Mat Cutter 301-1 $109.99
CAT artificial flowers @ Aisle 14 left
Ashland Open Rose Stem, Red, 20 in. $3.99
+Ashland Peony Bush, Pink, 18 in. $9.99
+Ashland Hydrangea Stem, Blue, 24 in. $5.99
+Ashland Sunflower Stem, Yellow, 28 in. $4.99
+Ashland Gypsophila Spray, White, 23 in. $3.99
+Ashland Silver Dollar Eucalyptus Spray, 30 in. $6.99
+Ashland Lavender Bundle, Purple, 14 in. $5.99
+Ashland Dried Pampas Grass Bundle, Natural, 30 in. $12.99
Ashland Artificial Fiddle Leaf Fig Tree in Pot, 5 ft $79.99
+Ashland Artificial Succulent in Pot, 5 in. $7.99
CAT floral supplies @ Aisle 14 right
Oasis Wet Floral Foam Brick, 6 ct $12.99
+FloraCraft Dry Foam Block, Green, 2 ct $3.99
FloraCraft Styrofoam Ball, White, 4 in. $2.49
+FloraCraft Styrofoam Sheet, 1 x 12 x 36 in., White $7.99
+FloraCraft Styrofoam Cone, 12 in., White $4.99
Panacea Paddle Floral Wire, 22 Gauge, Green $3.49
+Ashland Cloth-Covered Floral Stem Wire, 18 Gauge, Green, 20 ct $2.99
+Panacea Floral Tape, 1/2 in. x 30 yd, Green $1.99
SuperMoss Spanish Moss, Natural, 8 oz $7.99
+SuperMoss Preserved Sheet Moss, 16 oz $9.99
CAT wreaths garlands @ Aisle 14 right
Ashland Grapevine Wreath, 18 in. $9.99
+Panacea Wire Wreath Form, 14 in. $3.99
+FloraCraft Styrofoam Wreath Form, 12 in., White $5.99
+Ashland Spring Floral Welcome Wreath, 22 in. $34.99
Ashland Eucalyptus Garland, 6 ft $19.99
+Ashland Magnolia Leaf Garland, 6 ft $24.99
CAT ribbon @ Aisle 15 left
Offray Single Face Satin Ribbon, 3/8 in. x 18 ft, Red $1.29
+Offray Grosgrain Ribbon, 7/8 in. x 9 ft, Navy $1.79
+Celebrate It Wired Edge Ribbon, 2.5 in. x 25 ft, Natural Burlap $5.99
+Celebrate It Sheer Organza Ribbon, 1.5 in. x 25 ft, White $3.99
+Berwick Curling Ribbon, 3/16 in. x 500 yd, Gold $4.49
+Celebrate It Deco Poly Mesh, 10 in. x 10 yd, Gold $5.99
Celebrate It 3-Ply Jute Twine, 100 yd $3.99
Darice Bowdabra Bow Maker $17.99
CAT vases containers @ Aisle 15 right
Ashland Clear Glass Cylinder Vase, 4 x 12 in. $9.99
+Ashland Clear Glass Bud Vase, 6 in. $2.99
+Ashland White Ceramic Pitcher Vase, 8 in. $12.99
+Ashland Glass Bubble Bowl, 8 in. $7.99
+Ashland Galvanized Metal Pail, 8 in. $7.99
+Make Market Terra Cotta Pot, 4 in. $1.29
Ball Wide Mouth Mason Jars, 16 oz, 12 ct $14.99
+Ball Regular Mouth Mason Jars, 8 oz, 12 ct $11.99
Ashland Clear Glass Vase Filler Gems, 1 lb $4.99

DEPT seasonal
CAT fall halloween decor @ Seasonal Center
Ashland Black Glitter Pumpkin, 7 in. $9.99
+Ashland Foam Craft Pumpkin, Orange, 10 in. $9.99
+Ashland Fall Gourd Assortment, 6 pc $9.99
+Ashland Harvest Wheat Bundle, 24 in. $7.99
+Ashland Fall Maple Leaf Garland, 6 ft $12.99
Celebrate It Poseable Skeleton, 5 ft $29.99
+Celebrate It Stretch Spider Web with 4 Spiders $3.99
+Celebrate It Orange LED String Lights, 50 ct $7.99
+Celebrate It Trick or Treat Wood Sign, 12 in. $14.99
CAT christmas decor @ Seasonal Center
Celebrate It Clear Plastic Fillable Ornaments, Ball 100 mm, 5 ct $6.99
+Celebrate It Shatterproof Ball Ornaments, Red, 24 ct $14.99
+Make Market Unfinished Wood Ornaments, Round, 12 ct $5.99
Ashland Red Berry Pick, 12 in. $2.99
+Ashland Snowy Pine Pick, 14 in. $3.99
+Ashland Pine Garland, 9 ft $14.99
+Ashland Pine & Pinecone Christmas Wreath, 24 in. $29.99
Celebrate It Warm White LED Fairy String Lights, 100 ct $9.99
+Celebrate It Red Velvet Christmas Stocking, 20 in. $7.99

DEPT hobby & kids
CAT model kits @ Aisle 16 left
Revell '69 Camaro Z/28 RS Model Kit, 1:25 Scale $32.99
+Revell F-14A Tomcat Model Kit, 1:48 Scale $44.99
+AMT 1967 Shelby GT350 Model Kit, 1:25 Scale $29.99
+Tamiya US Medium Tank M4A3 Sherman Model Kit, 1:35 Scale $39.99
+Airfix Supermarine Spitfire Mk.Ia Model Kit, 1:72 Scale $14.99
+Revell RMS Titanic Model Kit, 1:570 Scale $44.99
+Revell SnapTite Max Ford F-150 Raptor Model Kit, 1:25 Scale $24.99
+Bandai HG RX-78-2 Gundam Model Kit, 1:144 Scale $17.99
+Metal Earth Eiffel Tower 3D Metal Model Kit $14.99
Estes Alpha III Model Rocket Launch Set $39.99
+Estes C6-5 Model Rocket Engines, 3 pk $14.99
CAT hobby paint supplies @ Aisle 16 right
Testors Enamel Paint, 1/4 oz, Gloss Black $1.99
+Tamiya Acrylic Paint, 10 ml, XF-1 Flat Black $2.99
+Testors Spray Enamel, 3 oz, Flat Gray Primer $6.49
Testors Plastic Cement, 5/8 oz Tube $2.99
+Tamiya Extra Thin Cement, 40 ml $6.99
Tamiya Masking Tape, 10 mm $3.99
+Excel K1 Hobby Knife with Cap $4.99
+Tamiya Sharp Pointed Side Cutter $24.99
CAT puzzles @ Aisle 16 right
Ravensburger Jigsaw Puzzle, 1000 pc, Alpine Lake $19.99
+Buffalo Games Jigsaw Puzzle, 1000 pc, Vintage Garden $16.99
+Springbok Jigsaw Puzzle, 500 pc, Cats in the Garden $16.99
Buffalo Games Puzzle Glue, 4 oz $5.99
CAT craft kits @ Aisle 17 left
Creativity for Kids Hide & Seek Rock Painting Kit $14.99
+Klutz Make Clay Charms Kit $21.99
+Klutz Sew Mini Animals Kit $21.99
+Made By Me Build & Paint Your Own Wooden Birdhouse $9.99
+Shrinky Dinks Classic Shrink Art Kit $9.99
+Diamond Dotz Diamond Painting Kit, Butterfly, 9 x 9 in. $14.99
+Faber-Castell Paint by Number Museum Series, Starry Night $19.99
Perler Fuse Beads, Multi Mix, 6000 ct $11.99
+Perler Large Square Pegboards, 2 ct $5.99
Elmer's Glue Slime Starter Kit, 4 pc $9.99
CAT kids art supplies @ Aisle 17 left
Crayola Crayons, 64 ct with Sharpener $5.49
+Crayola Broad Line Washable Markers, 10 ct $4.99
+Crayola Washable Kids Paint, 10 Colors, 2 oz Bottles $9.99
+Crayola Washable Finger Paints, 6 ct $7.99
+Crayola Washable Sidewalk Chalk, 48 ct $6.99
+Crayola Model Magic Modeling Compound, White, 4 oz $3.99
+Crayola Color Wonder Mess-Free Coloring Kit $9.99
+Prang Ready-to-Use Tempera Paint, 16 oz, Red $5.99
+Pacon Tru-Ray Construction Paper, 9 x 12 in., Assorted Colors, 50 Sheets $4.99
+Fiskars Kids Blunt Tip Scissors, 5 in. $2.99
CAT craft basics @ Aisle 17 right
Creatology Chenille Stems, 12 in., Assorted, 100 ct $3.99
+Creatology Pom Poms, Assorted Colors & Sizes, 100 ct $3.99
+Creatology Wiggle Eyes, Assorted Sizes, Black, 100 ct $2.99
+Creatology Craft Feathers, Bright Mix, 0.5 oz $3.99
+Creatology Foam Sheets, 9 x 12 in., Assorted, 40 ct $7.99
+Creatology Colored Craft Sticks, 100 ct $3.49
+Creatology Sequins, Assorted, 1 oz $2.99
Kunin Classic Felt Sheet, 9 x 12 in., {Black|Kelly Green} $0.39
+Kunin Stiffened Felt Sheets, 9 x 12 in., Assorted, 10 ct $4.99
Recollections Extra Fine Glitter, Gold, 2 oz $3.99
+Elmer's Washable Glitter Glue Pens, Rainbow, 6 ct $5.99

DEPT party & gift
CAT gift wrap @ Aisle 18 left
Hallmark Wrapping Paper Roll, Birthday Balloons, 30 in. x 20 ft $6.99
+Celebrate It Brown Kraft Wrapping Paper, 30 in. x 40 ft $7.99
+Celebrate It Reversible Wrapping Paper, Gold Dots & White, 30 in. x 15 ft $5.99
Celebrate It Gift Bows, Metallic Assorted, 20 ct $3.99
+Celebrate It Kraft Gift Tags with String, 50 ct $2.99
+Scotch Gift Wrap Tape, 3/4 in. x 300 in., 3 Rolls $6.99
CAT gift bags @ Aisle 18 left
Celebrate It Gift Bag with Handles, {Medium, White:2.49|Jumbo, Gold Metallic:4.99} $1.49
+Hallmark Large Gift Bag, Happy Birthday $4.99
+Celebrate It Wine Bottle Gift Bag, Kraft $2.49
Celebrate It Tissue Paper, 20 x 20 in., White, 40 Sheets $2.99
Celebrate It Kraft Gift Boxes with Lids, 6 x 6 x 3 in., 3 ct $4.99
+Celebrate It Cellophane Treat Bags, 4 x 9 in., 50 ct $2.99
CAT party tableware @ Aisle 18 right
Amscan Paper Dinner Plates, 9 in., Bright White, 20 ct $3.99
+Amscan Happy Birthday Paper Dessert Plates, 7 in., 8 ct $3.49
+Amscan Plastic Cups, 16 oz, Red, 20 ct $3.99
+Amscan Beverage Napkins, Happy Birthday, 16 ct $2.99
+Amscan Plastic Table Cover, 54 x 108 in., Royal Blue $2.99
+Amscan Premium Plastic Cutlery, Silver, 32 ct $6.99
CAT balloons @ Aisle 18 right
Amscan Latex Balloons, 12 in., {Assorted Colors|Metallic Gold}, 15 ct $4.99
+Anagram Happy Birthday Foil Balloon, 18 in. $3.99
+Anagram Number Foil Balloon, 34 in., Gold 5 $6.99
+Amscan Balloon Garland Kit, Pastel, 66 pc $19.99
Amscan Hand Balloon Pump $4.99
+Amscan Foil Balloon Weight, Gold $1.99
CAT party decorations @ Aisle 18 right
Amscan Crepe Paper Streamer, 1.75 in. x 81 ft, Hot Pink $1.49
+Amscan Happy Birthday Letter Banner, Gold, 10 ft $5.99
+Amscan Honeycomb Ball Decorations, Pastel, 3 ct $7.99
+Amscan Metallic Fringe Curtain, Gold, 3 x 8 ft $4.99
+Amscan Confetti, Gold Stars, 1.2 oz $2.99
Amscan Spiral Birthday Candles, Multicolor, 24 ct $1.99
+Amscan Gold Glitter Number Candle, 5 $3.99
Amscan Donkey Pinata, 18 in. $19.99
+Amscan Pull-String Pinata, Unicorn $24.99
+Amscan Birthday Party Hats, 8 ct $3.49
"""

QUESTIONS = [
    # plain locate, shopper words
    ("where is the yarn", ["yarn"], "Yarn"),
    ("crochet hooks", ["knitting crochet supplies"], "Crochet Hook"),
    ("knitting needles", ["knitting crochet supplies"], "Knitting Needles|Interchangeable Needle Set"),
    ("embroidery floss", ["embroidery cross stitch"], "Floss"),
    ("where can i find fabric by the yard", ["fabric"], "per yard"),
    ("sewing machines", ["sewing machines"], r"Sewing (& Quilting )?Machine(?! Oil)"),
    ("sewing thread", ["thread"], None),
    ("zippers", ["buttons zippers trims"], "Zipper"),
    ("rotary cutter", ["fabric cutting tools"], "Rotary Cutter"),
    ("tie dye kit", ["fabric paint dye"], "Tie-Dye"),
    ("acrylic paint", ["acrylic paint", "craft paint", "hobby paint supplies"], "Acrylic"),
    ("oil paints", ["oil paint mediums"], r"Oil Colou?rs?"),
    ("paint brushes", ["artist brushes"], r"Brush(?! Cleaner)"),
    ("an easel", ["easels palettes", "canvas"], "Easel"),
    ("colored pencils", ["colored pencils"], r"Colou?red Pencils|Watercolor Pencils|Inktense Pencils"),
    ("oil pastels", ["drawing charcoal pastels"], "Oil Pastels"),
    ("sketchbook", ["art paper pads"], "Sketch|Mix Media"),
    ("spray paint", ["spray paint sealers", "hobby paint supplies"], "Spray Paint|Spray Enamel"),
    ("epoxy resin", ["resin"], "Epoxy Resin"),
    ("polymer clay", ["clay sculpting"], "Oven-Bake Clay|Polymer Clay"),
    ("hot glue gun", ["hot glue"], "Glue Gun"),
    ("cutting mat", ["craft knives scissors", "fabric cutting tools", "cutting machines"], "Cutting Mat|Machine Mat"),
    ("iron on vinyl for t shirts", ["vinyl iron-on"], "Heat Transfer|Iron-On"),
    ("seed beads", ["beads"], "Seed Beads|Delica"),
    ("scrapbook paper", ["scrapbook paper"], None),
    ("washi tape", ["craft tape"], "Washi"),
    ("ink pads", ["stamps ink pads"], "Ink Pad"),
    ("picture frames", ["frames", "shadow boxes mats"], "Frame|Shadow Box"),
    ("floral foam", ["floral supplies"], "Foam (Brick|Block)"),
    ("ribbon", ["ribbon"], "Ribbon|Deco Poly Mesh"),
    ("mason jars", ["vases containers"], "Mason Jars"),
    ("candle wicks", ["candle soap making"], "Wicks"),
    ("christmas ornaments", ["christmas decor"], "Ornaments"),
    ("jigsaw puzzles", ["puzzles"], "Jigsaw Puzzle"),
    ("pipe cleaners", ["craft basics"], "Chenille"),
    ("wrapping paper", ["gift wrap"], "Wrapping Paper"),
    ("balloons", ["balloons"], r"Balloons|Foil Balloon, |Balloon Garland"),
    ("streamers", ["party decorations"], "Streamer"),
    ("a die cut machine for card making", ["paper punches die cutting"], "Die Cutting Machine"),
    ("sewing patterns", ["sewing patterns"], None),
    ("model airplane kit", ["model kits"], "Tomcat|Spitfire"),
    ("soap making supplies", ["candle soap making"], "Soap"),
    ("halloween decorations", ["fall halloween decor"], "Skeleton|Spider|Pumpkin|Trick or Treat|Orange LED"),
    ("model glue", ["hobby paint supplies"], "Cement"),
    ("birthday candles", ["party decorations"], "Candle"),
    ("blank cards and envelopes", ["cards envelopes"], None),
    # brand names used generically
    ("where are the cricut machines", ["cutting machines"], "Cutting Machine"),
    ("mod podge", ["glue adhesives", "spray paint sealers"], "Mod Podge"),
    ("x-acto knife", ["craft knives scissors", "hobby paint supplies"], "Knife"),
    ("velcro strips", ["buttons zippers trims"], "Velcro"),
    ("popsicle sticks", ["wood crafts", "craft basics"], "Craft Sticks"),
    ("elmer's glue", ["glue adhesives"], "Elmer's (Glue-All|Liquid School Glue)"),
    # misspellings
    ("embroidary thread", ["embroidery cross stitch"], "Floss|Pearl Cotton"),
    ("sequens", ["craft basics"], "Sequins"),
    ("loose gliter for slime", ["craft basics"], "Extra Fine Glitter"),
    ("calligrapy pens", ["pens inking", "markers"], "Calligraphy|Brush Pens?"),
    ("scisors", ["craft knives scissors", "fabric cutting tools", "kids art supplies"], "Scissors|Shears"),
    ("rinestones", ["stickers embellishments"], "Rhinestone"),
    ("interfaceing", ["batting interfacing"], "Interfacing"),
    ("puzzel glue", ["puzzles"], "Puzzle Glue"),
    # British words
    ("where do you keep the watercolour paints", ["watercolor paint"], r"Watercolou?r|Water Colors"),
    ("pva glue", ["glue adhesives"], "Glue-All|School Glue|Tacky Glue"),
    ("fairy lights", ["christmas decor", "fall halloween decor"], "String Lights"),
    ("wadding for a quilt", ["batting interfacing"], "Batting"),
    ("a rubber for pencil drawings", ["drawing charcoal pastels"], "Eraser"),
    # chatty
    ("hello, where would i find the stuff to make slime", ["craft kits", "glue adhesives"], "Slime|School Glue"),
    ("good morning, i'm looking for the canvas tote bags you can decorate", ["blank apparel"], "Tote"),
    ("hi there, where do you keep the birthday party stuff like banners", ["party decorations"], "Banner"),
    ("excuse me, do you have unfinished wooden letters for a nursery sign", ["wood crafts"], "Wood Letter"),
    ("hey, where would the fake flowers be", ["artificial flowers"], "Rose|Peony|Hydrangea|Sunflower|Gypsophila|Lavender"),
    # sizes, colours, modifiers
    ("16x20 canvas", ["canvas"], "16 x 20"),
    ("8 by 10 picture frame", ["frames", "shadow boxes mats"], r"Frame.*8 x 10|Shadow Box, 8 x 10"),
    ("size h crochet hook", ["knitting crochet supplies"], r"5 mm H|Crochet Hook Set"),
    ("queen size batting", ["batting interfacing"], "Queen"),
    ("white tulle", ["fabric"], "Tulle.*White"),
    ("gold ribbon", ["ribbon"], "Gold"),
    ("12x12 cardstock", ["scrapbook paper"], r"Cardstock.*12 x 12"),
    # Spanish words mixed in
    ("where is the estambre for crocheting", ["yarn"], "Yarn"),
    ("do you have tela for quilting", ["fabric"], "Cotton|Precut|Fat Quarter|Flannel"),
    ("where are the pinceles for painting", ["artist brushes"], r"Brush(?! Cleaner)"),
    ("where are the globos for a birthday party", ["balloons"], r"Balloons|Foil Balloon, |Balloon Garland"),
    ("i need hilo for my sewing machine", ["thread"], None),
    # price checks
    ("how much is the cricut maker 3", None, r"Cricut Maker 3", "price"),
    ("price of a skein of red heart super saver in cherry red", None, r"Red Heart Super Saver Yarn, .*Cherry Red", "price"),
    ("how much is the singer heavy duty sewing machine", None, r"Singer Heavy Duty 4423", "price"),
    ("what does the 16 x 20 fredrix canvas cost", None, r"Fredrix Red Label Stretched Canvas, 16 x 20", "price"),
    ("how much for the 48 pack of prismacolor pencils", None, r"Prismacolor Premier Colored Pencils, 48 ct", "price"),
    ("price on the olfa 45mm rotary cutter", None, r"Olfa 45 mm Quick-Change Rotary Cutter", "price"),
    ("how much is a gallon of elmer's school glue", None, r"Elmer's Liquid School Glue, Washable, 1 gal", "price"),
    ("how much is the cotman watercolor pocket set", None, r"Cotman Watercolour Pocket Box", "price"),
    ("price of the ravensburger 1000 piece alpine lake puzzle", None, r"Ravensburger Jigsaw Puzzle, 1000 pc, Alpine Lake", "price"),
    ("what's the price of the let's resin 32 oz epoxy kit", None, r"Let's Resin Crystal Clear Epoxy Resin Kit", "price"),
    # stock checks
    ("is the silhouette cameo 5 in stock", None, r"Silhouette Cameo 5", "stock"),
    ("do you have the bernat blanket yarn in dark grey in stock", None, r"Bernat Blanket Yarn, .*Dark Grey", "stock"),
    ("any sizzix big shot machines left", None, r"Sizzix Big Shot", "stock"),
    ("is the cricut easypress mini in stock", None, r"Cricut EasyPress Mini", "stock"),
    ("do you have the tamiya sherman tank kit in stock", None, r"M4A3 Sherman", "stock"),
    ("is the janome 2212 sewing machine available", None, r"Janome 2212", "stock"),
    ("are the pastel tombow dual brush pens in stock", None, r"Tombow Dual Brush Pens, Pastel", "stock"),
    ("do you have the big 24 x 36 olfa cutting mat in stock", None, r"Olfa Self-Healing Rotary Cutting Mat, 24 x 36", "stock"),
    # absent
    ("do you sell 3d printers", None, None, "absent"),
    ("a remote control car", None, None, "absent"),
    ("do you have drones", None, None, "absent"),
    ("model train track", None, None, "absent"),
    ("potting soil", None, None, "absent"),
    ("a kiln for firing pottery", None, None, "absent"),
    ("pottery wheel", None, None, "absent"),
    ("tattoo ink", None, None, "absent"),
    ("halloween costumes for adults", None, None, "absent"),
    ("a tank of helium for balloons", None, None, "absent"),
    ("fireworks", None, None, "absent"),
    ("a gallon of wall paint for my bedroom", None, None, "absent"),
    ("glass cutter for stained glass", None, None, "absent"),
    ("screen printing emulsion", None, None, "absent"),
    ("a dress form mannequin", None, None, "absent"),
    ("an embroidery machine", None, None, "absent"),
    ("yarn ball winder", None, None, "absent"),
    ("piping bags for cake decorating", None, None, "absent"),
    ("an artificial christmas tree", None, None, "absent"),
    ("printer ink cartridges", None, None, "absent"),
]

HELDOUT_B = [
    ("hi where do you keep the baby's breath", ["artificial flowers"], "Gypsophila"),
    ("um googley eyes", ["craft basics"], "Wiggle Eyes"),
    ("styrofoam for a school project", ["floral supplies", "wreaths garlands", "specialty paper boards"], "Styrofoam|Foam Board"),
    ("hook and loop tape", ["buttons zippers trims"], "Velcro"),
    ("ironing beads for my son", ["craft kits"], "Fuse Beads"),
    ("fibre fill for a teddy bear", ["batting interfacing"], "Fiber Fill"),
    ("fuzzy sticks", ["craft basics"], "Chenille"),
    ("where are the sharpies", ["markers"], "Sharpie"),
    ("do u have popsicle stick", ["wood crafts", "craft basics"], "Craft Sticks"),
    ("fabric chalk for marking hems", ["sewing notions"], "Chaco"),
    ("dressmaking pins", ["sewing notions"], "Quilting Pins"),
    ("wool for knitting a jumper", ["yarn"], "Yarn"),
    ("a glue gun thats cordless", ["hot glue"], "Cordless"),
    ("spray mount", ["glue adhesives"], "Spray Adhesive"),
    ("a self healing mat for quilting", ["fabric cutting tools", "craft knives scissors"], "Cutting Mat"),
    ("tissue paper in white", ["gift bags"], r"Tissue Paper, .*White"),
    ("um where would the pinatas be", ["party decorations"], "Pinata"),
    ("tablecloth for a party", ["party tableware"], "Table Cover"),
    ("a frame for my diploma", ["frames"], "Diploma|Document Frame"),
    ("mount board", ["shadow boxes mats"], "Mat Board"),
    ("fake eucalyptus", ["artificial flowers", "wreaths garlands"], "Eucalyptus"),
    ("pampass grass for a vase", ["artificial flowers"], "Pampas"),
    ("where are the cuentas for making bracelets", ["beads"], "Beads"),
    ("tijeras for cutting fabric", ["fabric cutting tools"], "Shears|Scissors"),
    ("do you have lienzo 11x14", ["canvas"], "11 x 14"),
    ("chalk paint for furniture", ["craft paint"], "Chalk"),
    ("diamond paiting kit", ["craft kits"], "Diamond"),
    ("plastacine", ["clay sculpting"], "Non-Hardening"),
    ("double sided tape", ["craft tape"], "Double-Sided|Tape Runner|Foam Squares"),
    ("blank onesies", ["blank apparel"], "Bodysuit"),
    ("hoodie to put vinyl on", ["blank apparel"], "Hooded Sweatshirt"),
    ("embrodery hoop", ["embroidery cross stitch"], "Embroidery Hoop"),
    ("wreth form", ["wreaths garlands"], "Wreath Form"),
    ("jeans needles for my sewing machine", ["sewing machines"], "Jeans"),
    ("bows for presents", ["gift wrap"], "Gift Bows"),
    # price
    ("how much is the cricut joy xtra", None, r"Cricut Joy Xtra", "price"),
    ("price of the gingher dressmakers sheers", None, r"Gingher Knife Edge Dressmaker's Shears", "price"),
    ("um how much is a 2 pound bag of soy wax", None, r"Soy Wax Flakes, 2 lb", "price"),
    ("whats the copic ciao 12 set cost", None, r"Copic Ciao Marker Set", "price"),
    ("how much for the jersey shadow box", None, r"Jersey Shadow Box", "price"),
    # stock
    ("is the siser easy weed white in stock", None, r"Siser EasyWeed.*White", "stock"),
    ("do you have any kona cotton in white left", None, r"Kona Cotton Solid Fabric, .*White", "stock"),
    ("hi is the brother cs7000x in stock", None, r"Brother CS7000X", "stock"),
    ("any perler beads in stock", None, r"Perler Fuse Beads", "stock"),
    # absent
    ("hi do u sell wallpapper", None, None, "absent"),
    ("leather hides for leatherwork", None, None, "absent"),
    ("soldering iron for jewelry", None, None, "absent"),
    ("an airbrush kit", None, None, "absent"),
    ("dollhouse furniture", None, None, "absent"),
    ("face paint for halloween", None, None, "absent"),
]

FORCE_OOS = [r"Silhouette Cameo 5", r"Sizzix Big Shot", r"Janome 2212", r"Olfa Self-Healing Rotary Cutting Mat, 24 x 36",
             r"Kona Cotton Solid Fabric, .*White", r"Perler Fuse Beads"]
FORCE_IN = [r"Bernat Blanket Yarn, .*Dark Grey", r"Cricut EasyPress Mini", r"M4A3 Sherman", r"Tombow Dual Brush Pens, Pastel",
            r"Siser EasyWeed.*White", r"Brother CS7000X"]

if __name__ == '__main__':
    run(CATALOG, QUESTIONS, 'crafts', 'cr', 7707, force_oos=FORCE_OOS, force_in=FORCE_IN,
        heldout_b=HELDOUT_B, oos_share=0.09)
