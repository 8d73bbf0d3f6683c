#!/usr/bin/env python3
"""Builds catalog.csv for the held-out department store test store (Target/Kohl's-like, no
groceries): clothing with sizes and colours, shoes, accessories, bed & bath, home decor, kitchen,
toys, electronics accessories, luggage, sporting goods, beauty, jewelry & watches, school & office,
seasonal.

usage: make_catalog.py [OUT.csv]      (default: catalog.csv beside this script)

The products are written by hand below (SPEC), one product line per row:

    Brand | product template | sizes | variants | options

  - brand: "-" = no brand (generic item); house brands (A New Day, Goodfellow & Co, Cat & Jack,
    Threshold, Room Essentials, heyday, Open Story, Wondershop, up&up ...) are written out.
  - template: the rest of the label. "{v}" marks where the variant (colour, wash, print) goes and
    "{s}" where the size goes; without them they are appended after a comma.
  - sizes: "label=price; label=price" (a label may be empty: "=5.99").
  - variants: "a; b; c" (optional).
  - options: "pick=N" keeps N of the variant x size combinations (seeded random choice);
    "@Zone" / "@Aisle 9 left" puts this line somewhere else than its section (last option).

Sections start with "## department / category @ place; place", where a place is
"Aisle N left|right" or a zone ("Front end", "Seasonal", "Jewelry counter", "Electronics counter").
Bays are numbered along each aisle side in the order the products appear.

sku is a DPCI-style text id "DDD-CC-IIII" (department, class = category, item); GTIN is an
EAN-13 with a valid check digit and one company prefix per brand; quantity is 0 for exactly 8%
of products. Everything is drawn from a fixed seed, so the output is deterministic.
"""
import csv, math, os, random, re, sys

SEED = 20260413
HOUSE = {}
OUT_OF_STOCK = 0.08
DROP_EXTRA = 0.1      # share of extra sizes/colours of a line that this store does not stock
DEPT_CODE = {'women': '017', 'men': '011', 'kids': '022', 'shoes': '029', 'accessories': '034',
             'home': '063', 'kitchen': '069', 'toys': '087', 'electronics': '057', 'luggage': '082',
             'sports': '072', 'beauty': '049', 'jewelry': '041', 'school office': '091',
             'seasonal': '096'}

SPEC = r"""
## women / womens tops @ Aisle 1 left; Aisle 1 right
A New Day | Women's Short Sleeve Crewneck T-Shirt, {v}, {s} | XS=8.00; S=8.00; M=8.00; L=8.00; XL=8.00; XXL=8.00 | Black; White; Heather Gray; Navy; Red | pick=11
A New Day | Women's Long Sleeve Slim Fit V-Neck T-Shirt, {v}, {s} | S=10.00; M=10.00; L=10.00; XL=10.00 | Black; Cream; Olive Green | pick=5
A New Day | Women's Crewneck Pullover Sweater, {v}, {s} | S=25.00; M=25.00; L=25.00; XL=25.00 | Cream; Burgundy; Heather Gray | pick=5
A New Day | Women's Long Sleeve Button-Down Shirt, {v}, {s} | S=22.00; M=22.00; L=22.00 | White; Blue Striped | pick=3
Universal Thread | Women's Oversized Cardigan Sweater, {v}, {s} | S=30.00; M=30.00; L=30.00; XL=30.00 | Brown; Oatmeal | pick=4
Wild Fable | Women's Cropped Baby Tee, {v}, {s} | XS=8.00; S=8.00; M=8.00; L=8.00 | Black; White; Pink | pick=4
Knox Rose | Women's Flutter Sleeve Blouse, {v}, {s} | S=25.00; M=25.00; L=25.00 | Floral Print; Black | pick=3
Hanes | Women's Perfect-T Short Sleeve Crewneck T-Shirt, {v}, {s} | S=9.99; M=9.99; L=9.99; XL=9.99 | Black; White | pick=4
Champion | Women's Powerblend Fleece Crewneck Sweatshirt, {v}, {s} | S=40.00; M=40.00; L=40.00 | Oxford Gray; Black | pick=3

## women / womens bottoms @ Aisle 2 left; Aisle 2 right
Universal Thread | Women's High-Rise Skinny Jeans, {v}, {s} | 2=30.00; 4=30.00; 6=30.00; 8=30.00; 10=30.00; 12=30.00; 14=30.00; 16=30.00 | Dark Wash; Medium Wash; Black | pick=10
Universal Thread | Women's High-Rise 90's Straight Jeans, {v}, {s} | 4=30.00; 6=30.00; 8=30.00; 10=30.00; 12=30.00 | Light Wash; Medium Wash | pick=5
Levi's | Women's 721 High-Rise Skinny Jeans, {v}, {s} | 26=69.50; 27=69.50; 28=69.50; 29=69.50; 30=69.50; 31=69.50 | Dark Indigo; Soft Black | pick=6
Levi's | Women's 501 Original Fit Jeans, Medium Indigo, {s} | 27=79.50; 28=79.50; 29=79.50; 30=79.50
A New Day | Women's High-Rise Straight Ankle Pants, {v}, {s} | 4=28.00; 6=28.00; 8=28.00; 10=28.00; 12=28.00 | Black; Khaki | pick=5
A New Day | Women's High-Rise Wide Leg Trousers, Black, {s} | 6=30.00; 8=30.00; 10=30.00; 12=30.00
Wild Fable | Women's High-Rise Baggy Jeans, Light Wash, {s} | 0=30.00; 2=30.00; 4=30.00; 6=30.00
Universal Thread | Women's High-Rise Corduroy Pants, Brown, {s} | 6=30.00; 8=30.00; 10=30.00
A New Day | Women's Pleated Midi Skirt, {v}, {s} | S=25.00; M=25.00; L=25.00 | Black; Olive | pick=3

## women / womens dresses @ Aisle 3 left
A New Day | Women's Short Sleeve Knit T-Shirt Dress, {v}, {s} | S=20.00; M=20.00; L=20.00; XL=20.00 | Black; Heather Gray; Navy | pick=5
Knox Rose | Women's Long Sleeve Floral Print Maxi Dress, {s} | XS=35.00; S=35.00; M=35.00; L=35.00
Wild Fable | Women's Ribbed Bodycon Mini Dress, {v}, {s} | XS=18.00; S=18.00; M=18.00; L=18.00 | Black; Red | pick=4
Universal Thread | Women's Long Sleeve Sweater Dress, {v}, {s} | S=35.00; M=35.00; L=35.00 | Oatmeal; Black | pick=3
A New Day | Women's Long Sleeve Wrap Midi Dress, Burgundy, {s} | S=32.00; M=32.00; L=32.00
Ava & Viv | Women's Plus Size Short Sleeve Swing Dress, Black, {s} | 1X=25.00; 2X=25.00; 3X=25.00

## women / womens activewear @ Aisle 3 right
All In Motion | Women's High-Rise Leggings 7/8, {v}, {s} | XS=20.00; S=20.00; M=20.00; L=20.00; XL=20.00 | Black; Navy; Charcoal | pick=7
All In Motion | Women's Fleece Jogger Pants, {v}, {s} | S=25.00; M=25.00; L=25.00 | Heather Gray; Black | pick=4
All In Motion | Women's Medium Support Seamless Sports Bra, Black, {s} | S=20.00; M=20.00; L=20.00
All In Motion | Women's Quarter Zip Pullover, {v}, {s} | S=30.00; M=30.00; L=30.00 | Black; Sage Green | pick=3
Champion | Women's Powerblend Fleece Joggers, Black, {s} | S=40.00; M=40.00; L=40.00
Nike | Women's One Dri-FIT High-Rise Leggings, Black, {s} | S=60.00; M=60.00; L=60.00
Under Armour | Women's HeatGear Armour Hi-Rise Leggings, Black, {s} | S=50.00; M=50.00; L=50.00

## women / womens sleepwear @ Aisle 4 left
Stars Above | Women's Fleece Pajama Set, {v}, {s} | S=25.00; M=25.00; L=25.00; XL=25.00 | Red Plaid; Gray Stars | pick=5
Stars Above | Women's Beautifully Soft Pajama Set, {v}, {s} | S=25.00; M=25.00; L=25.00 | Black; Blush Pink | pick=4
Stars Above | Women's Cozy Plush Robe, {v}, {s} | S/M=30.00; L/XL=30.00 | Gray; Cream | pick=3
Stars Above | Women's Fleece Pajama Pants, Buffalo Check, {s} | S=15.00; M=15.00; L=15.00; XL=15.00
Isotoner | Women's Microterry Clog Slippers, {v}, {s} | M (6.5-7)=24.99; L (7.5-8)=24.99; XL (8.5-9)=24.99 | Black; Heather Gray | pick=4

## women / womens intimates @ Aisle 4 right
Auden | Women's Lightly Lined T-Shirt Bra, {v}, {s} | 32B=20.00; 34B=20.00; 34C=20.00; 36C=20.00; 36D=20.00; 38D=20.00 | Black; Beige | pick=7
Auden | Women's Wireless Bralette, {v}, {s} | S=16.00; M=16.00; L=16.00 | Black; Cream | pick=4
Hanes | Women's Cotton Hi-Cut Briefs 6-Pack, Assorted Colors, {s} | 5=15.99; 6=15.99; 7=15.99; 8=15.99
Fruit of the Loom | Women's Cotton Bikini Underwear 6-Pack, Assorted, {s} | 6=14.99; 7=14.99; 8=14.99
Auden | Women's Cotton Hipster Underwear, {v}, {s} | S=6.00; M=6.00; L=6.00 | Black; Pink | pick=3
Hanes | Women's Comfort Fit No-Show Socks 6-Pack, {v}, Shoe Size 5-9 | =11.99 | White; Black
A New Day | Women's Cozy Crew Socks 3-Pack, Assorted, 4-10 | =10.00
Maidenform | Women's Self Expressions Smooth Shaping Brief, Nude, {s} | M=16.00; L=16.00

## women / womens outerwear @ Aisle 4 right
A New Day | Women's Long Puffer Jacket, {v}, {s} | S=60.00; M=60.00; L=60.00; XL=60.00 | Black; Olive | pick=5
Universal Thread | Women's Sherpa Jacket, Cream, {s} | S=40.00; M=40.00; L=40.00
A New Day | Women's Wool Blend Long Coat, Camel, {s} | S=70.00; M=70.00; L=70.00
Columbia | Women's Switchback III Rain Jacket, Black, {s} | S=65.00; M=65.00; L=65.00
The North Face | Women's Osito Fleece Jacket, Black, {s} | S=99.00; M=99.00; L=99.00
Levi's | Women's Classic Fit Trucker Denim Jacket, Medium Wash, {s} | S=69.50; M=69.50; L=69.50

## men / mens shirts @ Aisle 5 left; Aisle 5 right
Hanes | Men's ComfortSoft Crew Neck T-Shirt 6-Pack, {v}, {s} | S=24.99; M=24.99; L=24.99; XL=24.99; 2XL=27.99 | Black; White; Assorted Grays | pick=11
Fruit of the Loom | Men's Crew Neck T-Shirt 4-Pack, White, {s} | M=14.99; L=14.99; XL=14.99
Goodfellow & Co | Men's Short Sleeve Crewneck T-Shirt, {v}, {s} | S=8.00; M=8.00; L=8.00; XL=8.00; XXL=8.00 | Black; White; Navy; Heather Gray; Green | pick=11
Goodfellow & Co | Men's Short Sleeve Pique Polo Shirt, {v}, {s} | S=15.00; M=15.00; L=15.00; XL=15.00 | Navy; Black; Red | pick=5
Goodfellow & Co | Men's Standard Fit Long Sleeve Oxford Button-Down Shirt, {v}, {s} | S=25.00; M=25.00; L=25.00; XL=25.00 | White; Light Blue | pick=5
Goodfellow & Co | Men's Long Sleeve Flannel Button-Down Shirt, {v}, {s} | M=25.00; L=25.00; XL=25.00 | Red Plaid; Green Plaid | pick=4
Van Heusen | Men's Regular Fit Dress Shirt, {v}, {s} | 15 32/33=34.99; 15.5 32/33=34.99; 16 32/33=34.99; 16.5 34/35=34.99; 17 34/35=34.99 | White; Blue | pick=6
Goodfellow & Co | Men's Crewneck Pullover Sweater, {v}, {s} | M=30.00; L=30.00; XL=30.00 | Charcoal; Navy | pick=4
Levi's | Men's Classic Fit Short Sleeve Graphic T-Shirt, {s} | M=24.50; L=24.50
Original Use | Men's Short Sleeve Graphic T-Shirt, Vintage Sunset, {s} | M=12.00; L=12.00; XL=12.00

## men / mens pants @ Aisle 6 left; Aisle 6 right
Levi's | Men's 505 Regular Fit Jeans, {v}, {s} | 30x30=59.50; 32x30=59.50; 32x32=59.50; 34x30=59.50; 34x32=59.50; 36x30=59.50; 36x32=59.50; 38x32=59.50 | Dark Stonewash; Medium Stonewash | pick=10
Levi's | Men's 511 Slim Fit Jeans, Rinse, {s} | 30x32=69.50; 32x32=69.50; 34x32=69.50
Wrangler | Men's Relaxed Fit Jeans, {v}, {s} | 32x30=29.99; 34x30=29.99; 34x32=29.99; 36x32=29.99; 38x30=29.99 | Medium Stonewash; Dark Denim | pick=6
Goodfellow & Co | Men's Slim Fit Chino Pants, {v}, {s} | 30x30=25.00; 32x30=25.00; 32x32=25.00; 34x32=25.00; 36x32=25.00 | Khaki; Navy; Black | pick=7
Dockers | Men's Classic Fit Signature Khaki Pants, Khaki, {s} | 32x30=49.99; 34x30=49.99; 36x30=49.99
Goodfellow & Co | Men's Athletic Fit Jeans, Dark Wash, {s} | 30x32=30.00; 32x32=30.00; 34x32=30.00; 36x32=30.00

## men / mens activewear @ Aisle 7 left
All In Motion | Men's Fleece Jogger Pants, {v}, {s} | S=25.00; M=25.00; L=25.00; XL=25.00 | Black; Heather Gray | pick=6
All In Motion | Men's Short Sleeve Performance T-Shirt, {v}, {s} | M=12.00; L=12.00; XL=12.00 | Black; Blue | pick=4
Champion | Men's Powerblend Fleece Pullover Hoodie, {v}, {s} | M=45.00; L=45.00; XL=45.00 | Black; Oxford Gray; Navy | pick=5
Nike | Men's Sportswear Club Fleece Joggers, Black, {s} | M=60.00; L=60.00; XL=60.00
Under Armour | Men's Tech 2.0 Short Sleeve T-Shirt, {v}, {s} | M=25.00; L=25.00; XL=25.00 | Black; Academy Blue | pick=4
adidas | Men's Essentials 3-Stripes Track Pants, Black, {s} | M=50.00; L=50.00

## men / mens underwear socks @ Aisle 7 right
Hanes | Men's Tagless ComfortFlex Boxer Briefs 5-Pack, Assorted, {s} | S=24.99; M=24.99; L=24.99; XL=24.99
Fruit of the Loom | Men's Coolzone Boxer Briefs 7-Pack, Assorted, {s} | M=24.99; L=24.99; XL=24.99
Hanes | Men's Tagless Cotton Briefs 6-Pack, White, {s} | M=19.99; L=19.99
Goodfellow & Co | Men's Knit Boxers 3-Pack, {s} | M=15.00; L=15.00
Hanes | Men's Cushion Crew Socks 12-Pack, {v}, Shoe Size 6-12 | =17.99 | White; Black
Hanes | Men's Ankle Socks 10-Pack, White, Shoe Size 6-12 | =16.99
Gold Toe | Men's Dress Socks 3-Pack, {v}, Shoe Size 6-12.5 | =14.99 | Black; Navy
Goodfellow & Co | Men's Flannel Pajama Pants, Red Plaid, {s} | M=20.00; L=20.00; XL=20.00
Goodfellow & Co | Men's Knit Pajama Set, Navy, {s} | M=25.00; L=25.00

## men / mens outerwear @ Aisle 7 right
Goodfellow & Co | Men's Midweight Puffer Jacket, {v}, {s} | M=50.00; L=50.00; XL=50.00; XXL=50.00 | Black; Navy | pick=5
Columbia | Men's Steens Mountain Full Zip Fleece Jacket, Black, {s} | M=45.00; L=45.00; XL=45.00
Carhartt | Men's Loose Fit Washed Duck Sherpa-Lined Jacket, Brown, {s} | M=119.99; L=119.99; XL=119.99
Goodfellow & Co | Men's Water Resistant Rain Jacket, Olive, {s} | M=40.00; L=40.00
The North Face | Men's Resolve 2 Waterproof Jacket, Black, {s} | M=100.00; L=100.00

## kids / boys clothing @ Aisle 8 left; Aisle 8 right
Cat & Jack | Boys' Short Sleeve Graphic T-Shirt, {v}, {s} | XS (4/5)=6.00; S (6/7)=6.00; M (8)=6.00; L (10/12)=6.00; XL (14/16)=6.00 | Dinosaur; Monster Truck; Shark | pick=6
Cat & Jack | Boys' Long Sleeve Crewneck T-Shirt, {v}, {s} | S (6/7)=7.00; M (8)=7.00; L (10/12)=7.00 | Navy; Heather Gray | pick=4
Cat & Jack | Boys' Straight Fit Jeans, {v}, {s} | 4=15.00; 5=15.00; 6=15.00; 7=15.00; 8=15.00; 10=15.00; 12=15.00; 14=15.00; 16=15.00 | Medium Wash; Dark Wash | pick=12
Levi's | Boys' 511 Slim Fit Jeans, Dark Wash, {s} | 8=39.50; 10=39.50; 12=39.50; 14=39.50
Cat & Jack | Boys' Fleece Jogger Pants, {v}, {s} | S (6/7)=12.00; M (8)=12.00; L (10/12)=12.00; XL (14/16)=12.00 | Heather Gray; Black | pick=5
Cat & Jack | Boys' Pull-On Chino Pants, Khaki, {s} | 5=15.00; 6=15.00; 8=15.00; 10=15.00
Cat & Jack | Boys' Fleece Pullover Hoodie, {v}, {s} | S (6/7)=15.00; M (8)=15.00; L (10/12)=15.00 | Navy; Red | pick=4
Cat & Jack | Boys' Puffer Jacket, {v}, {s} | S (6/7)=35.00; M (8)=35.00; L (10/12)=35.00; XL (14/16)=35.00 | Navy; Black | pick=5
Cat & Jack | Boys' 2pc Snug Fit Pajama Set, Space, {s} | 6=12.00; 8=12.00; 10=12.00
Hanes | Boys' Tagless Boxer Briefs 5-Pack, Assorted, {s} | S=14.99; M=14.99; L=14.99
Cat & Jack | Boys' Athletic Crew Socks 10-Pack, White, {s} | M=10.00; L=10.00

## kids / girls clothing @ Aisle 9 left; Aisle 9 right
Cat & Jack | Girls' Short Sleeve Graphic T-Shirt, {v}, {s} | XS (4/5)=6.00; S (6/6X)=6.00; M (7/8)=6.00; L (10/12)=6.00; XL (14/16)=6.00 | Rainbow; Unicorn; Butterfly | pick=6
Cat & Jack | Girls' Leggings, {v}, {s} | XS (4/5)=5.00; S (6/6X)=5.00; M (7/8)=5.00; L (10/12)=5.00; XL (14/16)=5.00 | Black; Pink; Heather Gray | pick=7
Art Class | Girls' Long Sleeve Cropped Sweatshirt, {v}, {s} | S (6/6X)=15.00; M (7/8)=15.00; L (10/12)=15.00 | Lavender; Cream | pick=4
Cat & Jack | Girls' Long Sleeve Sweater Dress, {v}, {s} | S (6/6X)=18.00; M (7/8)=18.00; L (10/12)=18.00 | Red; Navy | pick=4
Cat & Jack | Girls' Straight Fit Jeans, Medium Wash, {s} | 5=15.00; 6=15.00; 7=15.00; 8=15.00; 10=15.00; 12=15.00
Levi's | Girls' 710 Super Skinny Jeans, Dark Wash, {s} | 8=39.50; 10=39.50; 12=39.50
Cat & Jack | Girls' Puffer Jacket, {v}, {s} | S (6/6X)=35.00; M (7/8)=35.00; L (10/12)=35.00 | Pink; Purple | pick=4
Disney | Frozen Girls' 2pc Fleece Pajama Set, Purple, {s} | 4=18.00; 6=18.00; 8=18.00
Cat & Jack | Girls' Cotton Underwear 7-Pack, Assorted, {s} | 6=12.00; 8=12.00; 10=12.00
Cat & Jack | Girls' Tights, Black, {s} | 4-6=5.00; 7-10=5.00

## kids / baby clothing @ Aisle 10 left
Carter's Just One You | Baby 5pk Short Sleeve Bodysuits, White, {s} | Newborn=15.00; 3M=15.00; 6M=15.00; 9M=15.00; 12M=15.00
Carter's Just One You | Baby 2pk Footed Sleep N' Play, {v}, {s} | Newborn=18.00; 3M=18.00; 6M=18.00; 9M=18.00 | Bears; Stars | pick=5
Cloud Island | Baby 3pk Long Sleeve Bodysuits, {v}, {s} | Newborn=12.00; 0-3M=12.00; 3-6M=12.00; 6-9M=12.00 | Gray/White; Pink | pick=5
Cloud Island | Baby 2pk Pull-On Pants, Heather Gray, {s} | 0-3M=8.00; 3-6M=8.00; 6-9M=8.00
Carter's Just One You | Toddler Boys' 2pc Long Sleeve Shirt & Jogger Set, {s} | 2T=20.00; 3T=20.00; 4T=20.00
Cat & Jack | Toddler Girls' Long Sleeve Dress, Floral, {s} | 2T=12.00; 3T=12.00; 4T=12.00; 5T=12.00
Cat & Jack | Toddler Boys' Puffer Jacket, Navy, {s} | 2T=30.00; 3T=30.00; 4T=30.00
Gerber | Baby 5-Pack Socks, Assorted, {s} | 0-6M=8.99; 6-12M=8.99

## shoes / womens shoes @ Aisle 11 left
Skechers | Women's Go Walk Joy Sneakers, {v}, {s} | 6=55.00; 7=55.00; 8=55.00; 9=55.00; 10=55.00 | Black; Navy | pick=5
Converse | Chuck Taylor All Star Low Top Sneakers, {v}, Women's {s} | 6=60.00; 7=60.00; 8=60.00; 9=60.00 | Black; Optical White | pick=4
A New Day | Women's Ballet Flats, {v}, {s} | 6=25.00; 7=25.00; 8=25.00; 9=25.00; 10=25.00 | Black; Tan | pick=5
Universal Thread | Women's Chelsea Ankle Boots, {v}, {s} | 6=40.00; 7=40.00; 8=40.00; 9=40.00 | Black; Cognac | pick=5
Universal Thread | Women's Tall Riding Boots, Brown, {s} | 7=50.00; 8=50.00; 9=50.00
Dr. Scholl's | Women's Madison Slip-On Sneakers, White, {s} | 7=59.99; 8=59.99; 9=59.99
Crocs | Unisex Classic Clogs, {v}, {s} | M6/W8=49.99; M8/W10=49.99; M10/W12=49.99 | Black; White | pick=4
Universal Thread | Women's Faux Fur Winter Boots, Chestnut, {s} | 7=35.00; 8=35.00; 9=35.00

## shoes / mens shoes @ Aisle 11 right
Skechers | Men's Summits Sneakers, {v}, {s} | 8=60.00; 9=60.00; 10=60.00; 11=60.00; 12=60.00 | Black; Charcoal | pick=5
Nike | Men's Revolution 7 Running Shoes, {v}, {s} | 9=70.00; 10=70.00; 10.5=70.00; 11=70.00; 12=70.00 | Black/White; Gray | pick=5
adidas | Men's Grand Court 2.0 Sneakers, White, {s} | 9=65.00; 10=65.00; 11=65.00; 12=65.00
Goodfellow & Co | Men's Harrison Chukka Boots, Brown, {s} | 8=45.00; 9=45.00; 10=45.00; 11=45.00; 12=45.00
Goodfellow & Co | Men's Dress Oxford Shoes, Black, {s} | 9=40.00; 10=40.00; 11=40.00
Goodfellow & Co | Men's Moccasin Slippers, Brown, {s} | M (8-9)=25.00; L (10-11)=25.00; XL (12-13)=25.00
Vans | Unisex Old Skool Sneakers, Black/White, Men's {s} | 8=70.00; 9=70.00; 10=70.00; 11=70.00

## shoes / kids shoes @ Aisle 12 left
Cat & Jack | Boys' Light-Up Sneakers, Black, Toddler {s} | 7=25.00; 8=25.00; 9=25.00; 10=25.00; 11=25.00; 12=25.00 | | pick=5
Cat & Jack | Girls' Glitter Sneakers, Pink, {s} | 11=22.00; 12=22.00; 13=22.00; 1=22.00; 2=22.00 | | pick=4
Nike | Kids' Revolution 7 Running Shoes, Black, Big Kid {s} | 3Y=50.00; 4Y=50.00; 5Y=50.00; 6Y=50.00
Crocs | Kids' Classic Clogs, Navy, {s} | C10=39.99; C12=39.99; J1=39.99; J2=39.99
Cat & Jack | Kids' Waterproof Winter Snow Boots, Black, {s} | 11=35.00; 12=35.00; 13=35.00; 1=35.00; 2=35.00; 3=35.00
Stride Rite | Toddler 360 Sneakers, Navy, {s} | 5=55.00; 6=55.00; 7=55.00

## accessories / cold weather accessories @ Aisle 13 right
Goodfellow & Co | Men's Touchscreen Knit Gloves, {v}, One Size | =12.00 | Black; Charcoal
Isotoner | Women's smarTouch Lined Gloves, Black, {s} | S/M=30.00; M/L=30.00
Universal Thread | Women's Knit Beanie, {v} | =12.00 | Cream; Black; Burgundy
Universal Thread | Women's Blanket Scarf, {v} | =18.00 | Plaid; Camel
Goodfellow & Co | Men's Knit Scarf, Charcoal | =15.00
Carhartt | Acrylic Watch Hat, {v} | =19.99 | Black; Brown
Cat & Jack | Kids' Waterproof Snow Mittens, {v}, {s} | 4-7=12.00; 8-16=12.00 | Black; Pink | pick=3
Cat & Jack | Kids' Knit Gloves 2-Pack, Assorted, One Size | =6.00
Cat & Jack | Kids' Pom Beanie, Red | =8.00
Columbia | Men's Thermarator Gloves, Black, {s} | M=30.00; L=30.00
Muk Luks | Women's Cable Knit Slipper Socks, Gray | =14.00

## accessories / handbags wallets @ Aisle 13 left
A New Day | Women's Crossbody Bag, {v} | =25.00 | Black; Cognac
A New Day | Women's Tote Handbag, Black | =35.00
Universal Thread | Women's Belt Bag, Black | =15.00
A New Day | Women's Zip-Around Wallet, Black | =15.00
Goodfellow & Co | Men's Leather Bifold Wallet, {v} | =15.00 | Brown; Black
Fossil | Men's Ingram Leather Bifold Wallet, Black | =45.00
Levi's | Men's Reversible Leather Belt, Black/Brown, {s} | 32=29.99; 34=29.99; 36=29.99; 38=29.99 | | pick=3
A New Day | Women's Skinny Buckle Belt, Black, {s} | S=12.00; M=12.00; L=12.00

## accessories / sunglasses @ Aisle 13 left
A New Day | Women's Oversized Square Sunglasses, Black | =15.00
A New Day | Women's Cat Eye Sunglasses, Tortoise | =15.00
Goodfellow & Co | Men's Aviator Sunglasses, Gold/Green | =15.00
Goodfellow & Co | Men's Polarized Square Sunglasses, Black | =20.00
Foster Grant | Men's Polarized Sport Sunglasses, Black | =24.99
Cat & Jack | Kids' Round Sunglasses, Pink | =8.00

## home / bedding @ Aisle 14 left; Aisle 14 right; Aisle 15 left
Threshold | 400 Thread Count Solid Performance Sheet Set, {v}, {s} | Twin=40.00; Full=45.00; Queen=50.00; King=55.00 | White; Gray; Navy; Sage Green | pick=9
Room Essentials | Easy Care Microfiber Solid Sheet Set, {v}, {s} | Twin=15.00; Twin XL=15.00; Full=20.00; Queen=25.00; King=25.00 | White; Gray; Blue | pick=8
Casaluna | Washed Linen Solid Sheet Set, {v}, {s} | Queen=100.00; King=110.00 | White; Natural | pick=3
Threshold | Flannel Sheet Set, Red Plaid, {s} | Full=40.00; Queen=45.00; King=50.00
Threshold | Reversible Down Alternative Comforter, {v}, {s} | Full/Queen=50.00; King=60.00 | White; Gray | pick=3
Room Essentials | Microfiber Reversible Comforter Set, {v}, {s} | Twin/Twin XL=30.00; Full/Queen=40.00; King=45.00 | Gray; Navy | pick=4
Threshold | Textured Duvet Cover Set, {v}, {s} | Full/Queen=60.00; King=70.00 | White; Blush | pick=3
Threshold | Cotton Quilt, {v}, {s} | Full/Queen=60.00; King=70.00 | Cream; Blue | pick=3
Room Essentials | Standard/Queen Bed Pillow, Medium Support | =8.00
Threshold | Firm Bed Pillow, {s} | Standard/Queen=20.00; King=25.00
Beautyrest | Cooling Gel Memory Foam Pillow, Standard | =39.99
Room Essentials | Waterproof Mattress Protector, {s} | Twin=20.00; Full=25.00; Queen=30.00; King=35.00
Sealy | 2 in Memory Foam Mattress Topper, {s} | Twin=59.99; Queen=79.99; King=89.99
Threshold | Cozy Plush Throw Blanket, 50 x 60 in, {v} | =20.00 | Cream; Gray; Rust
Threshold | Heavyweight Knit Throw Blanket, Cream | =30.00
Room Essentials | Fleece Throw Blanket, 50 x 60 in, {v} | =10.00 | Navy; Gray
Threshold | Weighted Blanket, 15 lb, Gray | =60.00
Room Essentials | Jersey Knit Pillowcase Set, Gray, Standard | =8.00
Threshold | Ultra Soft 300 Thread Count Sheet Set, {v}, {s} | Twin=25.00; Full=30.00; Queen=35.00; King=40.00 | White; Ivory; Slate Blue | pick=6
Sealy | Cool Touch Pillow Protector, Standard/Queen, 2 pk | =19.99
Room Essentials | Sherpa Throw Blanket, 50 x 60 in, Gray | =12.00
Threshold | Quilted Euro Sham, Cream | =20.00

## home / bath @ Aisle 15 right
Threshold | Performance Bath Towel, {v} | =10.00 | White; Gray; Navy; Sage Green
Threshold | Performance Hand Towel, {v} | =7.00 | White; Gray; Navy
Threshold | Performance Washcloth, {v} | =4.00 | White; Gray
Room Essentials | Solid Bath Towel, {v} | =5.00 | White; Black; Blue
Threshold | 6pc Bath Towel Set, {v} | =40.00 | White; Gray
Threshold | Memory Foam Bath Rug, 20 x 32 in, {v} | =20.00 | Gray; Cream
Room Essentials | Solid Bath Rug, 20 x 32 in, Navy | =7.00
Threshold | Waffle Weave Fabric Shower Curtain, 72 x 72 in, White | =25.00
Room Essentials | Solid Fabric Shower Curtain, 72 x 72 in, {v} | =10.00 | White; Gray
Room Essentials | PEVA Shower Curtain Liner, Clear | =5.00
Room Essentials | Plastic Shower Curtain Hooks, 12 ct, Chrome | =3.00
Brightroom | Bathroom Wastebasket, White, 1.3 gal | =5.00
Brightroom | Over-the-Toilet Storage Shelf, Black | =45.00
Threshold | Ceramic Soap Pump, White | =10.00
Threshold | Performance Bath Sheet, White | =15.00
Brightroom | Rust-Resistant Shower Caddy, Chrome | =15.00
Threshold | Stoneware Toothbrush Holder, White | =8.00
Room Essentials | Toilet Bowl Brush with Holder, White | =5.00

## home / home decor @ Aisle 16 left; Aisle 16 right
Threshold | Square Throw Pillow, 18 x 18 in, {v} | =20.00 | Cream; Navy; Rust; Sage Green
Threshold | Oblong Knit Throw Pillow, Cream | =25.00
Threshold | Large 3-Wick Glass Jar Candle, {v} | =15.00 | Vanilla Bourbon; Fresh Linen; Balsam & Cedar
Yankee Candle | Balsam & Cedar Large Jar Candle, 22 oz | =29.99
Threshold | Ceramic Vase, White, 10 in | =20.00
Hearth & Hand with Magnolia | Wood Bead Garland, Natural | =15.00
Threshold | 8 x 10 in Gallery Picture Frame, {v} | =10.00 | Black; Gold; White
Threshold | 5 x 7 in Wood Picture Frame, Natural | =8.00
Project 62 | Round Wall Mirror, 24 in, Gold | =40.00
Threshold | Artificial Fiddle Leaf Fig Tree, 6 ft | =80.00
Threshold | Faux Eucalyptus Stems, 3 ct | =10.00
Room Essentials | Blackout Curtain Panel, 42 x 84 in, {v} | =15.00 | Gray; Navy; White
Threshold | Light Filtering Linen Curtain Panel, 54 x 84 in, Cream | =25.00
Room Essentials | Adjustable Curtain Rod, 36-72 in, Black | =10.00
Threshold | Woven Area Rug, 5 x 7 ft, {v} | =70.00 | Gray; Cream
Room Essentials | Washable Accent Rug, 2 x 3 ft, Gray | =10.00
Threshold | Ceramic Table Lamp with Shade, White | =35.00
Room Essentials | LED Desk Lamp with USB Port, Black | =15.00
Threshold | Wall Clock, 12 in, Black | =20.00
Threshold | Faux Fur Throw Pillow, 18 x 18 in, White | =25.00
Opalhouse | Tufted Square Throw Pillow, Blush | =25.00
Threshold | Battery-Operated LED Flameless Pillar Candles, 3 ct | =20.00
Chesapeake Bay Candle | Balance + Harmony Large Jar Candle | =19.99
Threshold | Glass Hurricane Candle Holder, 10 in | =15.00
Project 62 | Framed Abstract Wall Art, 16 x 20 in | =30.00
Room Essentials | Floor Lamp with Shade, Black | =25.00
Threshold | Tripod Floor Lamp, Brass | =70.00

## home / storage organization @ Aisle 17 left; Aisle 18 left
Brightroom | 11 in Fabric Cube Storage Bin, {v} | =5.00 | Gray; Cream; Black
Brightroom | 6-Cube Organizer Shelf, White | =60.00
Sterilite | 66 qt Clear Storage Box with Latch Lid | =12.99
Sterilite | 18 gal Tote with Lid, Gray | =12.99
Brightroom | Medium Woven Storage Basket, Natural | =20.00
Room Essentials | 10pk Plastic Hangers, {v} | =3.00 | White; Black
Brightroom | 50pk Slim Velvet Hangers, Gray | =20.00
Brightroom | Round Laundry Basket, Gray | =10.00
Room Essentials | 2 Bushel Plastic Laundry Basket, White | =5.00
Brightroom | 24 Pocket Over-the-Door Shoe Organizer, Clear | =15.00
Brightroom | 3 Tier Rolling Utility Cart, White | =30.00
Room Essentials | Under Bed Storage Bag, 2 ct | =12.00
Brightroom | 6-Shelf Hanging Closet Organizer, Gray | =15.00
Brightroom | Bamboo Drawer Organizer Set, 4 pc | =12.00
Sterilite | 6 qt Clear Storage Box with Lid | =1.99

## kitchen / small appliances @ Aisle 19 left; Aisle 19 right
Cuisinart | 12-Cup Programmable Coffeemaker, Black/Stainless Steel | =89.99
Keurig | K-Classic Single Serve K-Cup Pod Coffee Maker, Black | =119.99
Keurig | K-Mini Single Serve Coffee Maker, {v} | =79.99 | Black; Oasis
Mr. Coffee | 12-Cup Programmable Coffee Maker, Black | =29.99
Nespresso | Vertuo Next Coffee and Espresso Machine by De'Longhi, Black | =179.99
Ninja | 4 qt Air Fryer, AF101, Gray | =99.99
Ninja | Foodi 6-in-1 8 qt 2-Basket Air Fryer with DualZone | =159.99
Instant Pot | Duo 7-in-1 Electric Pressure Cooker, 6 qt | =99.99
Crock-Pot | 7 qt Manual Slow Cooker, Stainless Steel | =49.99
Hamilton Beach | 2-Slice Toaster, Black | =24.99
Cuisinart | 4-Slice Compact Toaster, Stainless Steel | =59.99
Black+Decker | 4-Slice Toaster Oven, Black | =49.99
KitchenAid | Artisan 5 qt Tilt-Head Stand Mixer, {v} | =449.99 | Empire Red; Matte Black
Hamilton Beach | 6-Speed Electric Hand Mixer, White | =19.99
Ninja | Professional 72 oz Countertop Blender | =99.99
NutriBullet | Pro 900W Personal Blender, Gray | =89.99
Dash | Mini Waffle Maker, {v} | =12.99 | Aqua; Red
Chefman | 1.7 L Electric Glass Kettle | =29.99
Hamilton Beach | 0.9 cu ft 900W Microwave, Stainless Steel | =99.99
Cuisinart | Mini-Prep Plus 3-Cup Food Processor | =39.99
Dash | Rapid Egg Cooker, Black | =19.99
Hamilton Beach | FlexBrew Single-Serve Coffee Maker | =69.99
Keurig | K-Supreme Plus Single Serve Coffee Maker, Black | =169.99
Ninja | CREAMi Ice Cream Maker | =199.99
Cuisinart | Electric Can Opener, White | =29.99
Presto | Pizzazz Plus Rotating Oven | =69.99
Chefman | Electric Griddle, 10 x 20 in | =34.99

## kitchen / cookware @ Aisle 20 left
Calphalon | Classic Nonstick 10-Piece Cookware Set | =199.99
T-fal | Signature Nonstick 12-Piece Cookware Set, Black | =89.99
Lodge | 10.25 in Cast Iron Skillet | =24.99
Lodge | 6 qt Enameled Cast Iron Dutch Oven, {v} | =79.90 | Red; Blue
Made By Design | 10 in Nonstick Fry Pan | =12.00
Made By Design | 12 in Nonstick Fry Pan with Lid | =20.00
Cuisinart | Chef's Classic Stainless 3 qt Saucepan with Cover | =39.99
Cuisinart | Chef's Classic Stainless 8 qt Stockpot with Cover | =59.99
Pyrex | Basics 3 qt Glass Oblong Baking Dish | =14.99
Pyrex | Easy Grab 8 in Square Glass Baking Dish | =12.99
Wilton | Recipe Right Non-Stick 12-Cup Muffin Pan | =9.99
Nordic Ware | Naturals Aluminum Half Sheet Pan, 2-Pack | =24.99
Made By Design | Nonstick 9 x 13 in Cake Pan | =8.00
Figmint | Enameled Cast Iron Grill Pan, 10 in, Black | =30.00
Made By Design | 3 qt Nonstick Saucepan with Lid | =15.00
Figmint | 5.5 qt Enameled Cast Iron Dutch Oven, Cream | =50.00
Pyrex | 9.5 in Glass Pie Plate | =7.99
OXO | Good Grips Nonstick Pro Loaf Pan | =19.99

## kitchen / kitchen tools @ Aisle 20 right
OXO | Good Grips Swivel Vegetable Peeler | =10.99
OXO | Good Grips Smooth Edge Can Opener | =22.99
Henckels | Solution 15-Piece Knife Block Set | =129.99
Made By Design | 8 in Chef's Knife | =10.00
Made By Design | Bamboo Cutting Board, 11 x 14 in | =12.00
OXO | Good Grips 3-Piece Stainless Steel Mixing Bowl Set | =49.99
Pyrex | 3-Piece Glass Measuring Cup Set | =24.99
Made By Design | 6pc Silicone Cooking Utensil Set, Black | =15.00
Made By Design | Stainless Steel Measuring Spoons | =5.00
Room Essentials | Dish Drying Rack, White | =12.00
Taylor | Digital Kitchen Scale, Stainless Steel | =24.99
OXO | Good Grips Salad Spinner | =29.99
Made By Design | Silicone Oven Mitt, Black | =8.00
Room Essentials | Kitchen Towels 4pk, Gray | =6.00
OXO | Good Grips Instant Read Meat Thermometer | =19.99
Figmint | Wood Rolling Pin | =12.00
OXO | Good Grips Garlic Press | =19.99
Made By Design | Stainless Steel Colander, 5 qt | =10.00
Made By Design | Stainless Steel Whisk, 10 in | =5.00
OXO | Good Grips 12 in Locking Kitchen Tongs | =14.99
Made By Design | 3pc Plastic Cutting Board Set | =15.00

## kitchen / dinnerware drinkware @ Aisle 21 left
Threshold | 16pc Stoneware Dinnerware Set, {v} | =50.00 | White; Gray
Corelle | 18pc Dinnerware Set, Winter Frost White | =59.99
Room Essentials | 12pc Plastic Dinnerware Set, Blue | =15.00
Threshold | Porcelain Coffee Mug, 16 oz, White | =5.00
Threshold | Stoneware Mug Set of 4, Cream | =20.00
Libbey | Classic 16-Piece Drinking Glass Set | =24.99
Threshold | 4pk Stemless Wine Glasses, 17 oz | =16.00
Threshold | 20pc Stainless Steel Flatware Set, Silver | =30.00
Stanley | 40 oz Quencher H2.0 FlowState Tumbler, {v} | =45.00 | Charcoal; Rose Quartz; Frost
Owala | FreeSip 24 oz Stainless Steel Water Bottle, {v} | =27.99 | Denim; Shy Marshmallow
Hydro Flask | 32 oz Wide Mouth Water Bottle, Black | =44.95
Contigo | Autoseal West Loop 16 oz Stainless Steel Travel Mug | =19.99
Simple Modern | Kids 14 oz Summit Water Bottle with Straw Lid, Dinosaur | =19.99
Room Essentials | 6pk Plastic Tumblers, 20 oz, Assorted | =6.00
Threshold | Stoneware Dinner Plate, 10.5 in, White | =4.00
Threshold | Stoneware Cereal Bowl, 28 oz, White | =3.00
Ball | Regular Mouth Mason Jars, 16 oz, 12 ct | =14.99
Stanley | 30 oz Quencher H2.0 FlowState Tumbler, {v} | =35.00 | Black; Cream

## kitchen / food storage @ Aisle 21 right
Rubbermaid | Brilliance 10-Piece Food Storage Container Set | =29.99
Pyrex | Simply Store 18-Piece Glass Food Storage Set | =34.99
OXO | Good Grips POP Container 4-Piece Set | =49.99
Snapware | Total Solution 20-Piece Plastic Food Storage Set | =24.99
Made By Design | 4pc Glass Meal Prep Containers | =15.00
Bentgo | Kids Leak-Proof Bento Lunch Box, Blue | =27.99
PackIt | Freezable Classic Lunch Box, Black | =21.99

## toys / building toys @ Aisle 22 left
LEGO | Classic Large Creative Brick Box 10698 | =59.99
LEGO | City Police Station 60316 | =99.99
LEGO | Star Wars Millennium Falcon Microfighter 75295 | =9.99
LEGO | Friends Heartlake City Cafe 42618 | =19.99
LEGO | Technic Ford Mustang Shelby GT500 42138 | =49.99
LEGO | DUPLO My First Number Train 10954 | =19.99
LEGO | Icons Botanicals Flower Bouquet 10280 | =59.99
Mega Bloks | First Builders Big Building Bag, 80 pc | =19.99
Magna-Tiles | Classic 32-Piece Set | =49.99
Melissa & Doug | Wooden Building Blocks Set, 100 pc | =24.99
LEGO | Minecraft The Creeper Ambush 21177 | =9.99
LEGO | Harry Potter Hogwarts Castle Owlery 76430 | =39.99
LEGO | Disney Princess Ariel's Crystal Cavern 43254 | =39.99

## toys / stuffed animals @ Aisle 22 right
Squishmallows | Original 12 in Plush, {v} | =14.99 | Cam the Cat; Wendy the Frog; Archie the Axolotl | pick=2
Squishmallows | Original 16 in Plush, Malcolm the Mushroom | =24.99
Jellycat | Bashful Bunny, Medium, Beige | =25.00
Ty | Beanie Boos Glitter Eyes Plush, Fantasia the Unicorn | =5.99
Melissa & Doug | Giant Golden Retriever Plush | =99.99
Gund | Philbin Teddy Bear, 12 in, Brown | =24.99
Build-A-Bear | Stuffed Animal Pawlette, 11 in | =19.99

## toys / dolls playsets @ Aisle 22 right
Barbie | Dreamhouse Playset | =199.99
Barbie | Fashionistas Doll with Curly Brown Hair | =10.99
Barbie | Doll and Accessories, Career Veterinarian | =14.99
Disney Princess | Moana Fashion Doll | =12.99
L.O.L. Surprise! | OMG Fashion Doll | =29.99
Our Generation | 18 in Doll, Ginger | =29.99
Baby Alive | Lulu Achoo Doll | =59.99
Calico Critters | Red Roof Cozy Cottage | =39.99
Melissa & Doug | Wooden Dollhouse | =99.99
Gabby's Dollhouse | Purrfect Dollhouse | =59.99

## toys / action figures vehicles @ Aisle 23 left
Marvel | Spider-Man Titan Hero Series 12 in Action Figure | =14.99
Hot Wheels | 20-Car Pack, 1:64 Scale | =21.99
Hot Wheels | City Ultimate Garage Track Set | =99.99
PAW Patrol | Lookout Tower Playset | =59.99
Nerf | Elite 2.0 Commander RD-6 Blaster | =14.99
Pokémon | Battle Figure 3-Pack | =14.99
Transformers | Rise of the Beasts Optimus Prime Action Figure | =24.99
Matchbox | 5-Car Gift Pack | =5.99
Bluey | Family Home Playset | =39.99
Jurassic World | Dino Trackers Roaring T Rex | =39.99
Hot Wheels | Monster Trucks 5-Pack | =21.99
Nerf | Fortnite Pump SG Blaster | =29.99

## toys / games puzzles @ Aisle 23 right
Hasbro Gaming | Monopoly Classic Board Game | =21.99
Mattel Games | UNO Card Game | =5.99
Hasbro Gaming | Candy Land Kids Board Game | =11.99
Hasbro Gaming | Connect 4 Game | =12.99
Hasbro Gaming | Jenga Classic Game | =14.99
Hasbro Gaming | Clue Classic Mystery Board Game | =21.99
Mattel Games | Scrabble Classic Board Game | =19.99
Exploding Kittens | Card Game | =19.99
Ravensburger | 1000-Piece Jigsaw Puzzle, Disney Castle | =19.99
Buffalo Games | 500-Piece Jigsaw Puzzle, National Parks | =12.99
Pokémon | Trading Card Game Scarlet & Violet Booster Bundle | =29.99
Hasbro Gaming | Hungry Hungry Hippos Game | =14.99
Hasbro Gaming | Sorry! Board Game | =14.99
Hasbro Gaming | Twister Game | =19.99
Hasbro Gaming | Guess Who? Classic Game | =14.99
Czech Games | Codenames Party Game | =19.99
Hasbro Gaming | Battleship Classic Board Game | =17.99

## toys / baby toddler toys @ Aisle 24 left
Fisher-Price | Laugh & Learn Smart Stages Puppy | =19.99
Fisher-Price | Rock-a-Stack Baby Stacking Toy | =7.99
VTech | Sit-to-Stand Learning Walker | =39.99
Melissa & Doug | Wooden Shape Sorting Cube | =19.99
Baby Einstein | Take Along Tunes Musical Toy | =9.99
Fisher-Price | Baby's First Blocks | =11.99
LeapFrog | Learning Friends 100 Words Book | =19.99
Little Tikes | Cozy Coupe Ride-On | =64.99
Sassy | Developmental Bumpy Ball | =5.99
Munchkin | Float & Play Bubbles Bath Toys, 4 ct | =7.99

## toys / arts crafts @ Aisle 24 right
Play-Doh | Modeling Compound 10-Pack | =9.99
Play-Doh | Kitchen Creations Ultimate Ice Cream Truck Playset | =34.99
Crayola | Inspiration Art Case, 140 pc | =24.99
Kinetic Sand | Sandbox Set, 1 lb | =14.99
Crayola | Color Wonder Mess-Free Coloring Pad & Markers | =9.99
Cra-Z-Art | Shimmer 'n Sparkle Makeup Set | =14.99
Creativity for Kids | Hide & Seek Rock Painting Kit | =14.99
Melissa & Doug | Deluxe Easel, Wooden | =79.99

## toys / outdoor toys @ Aisle 24 right
Razor | A Kick Scooter, Red | =39.99
Step2 | Naturally Playful Sandbox | =59.99
Flexible Flyer | Metal Runner Sled, 48 in | =59.99
Slippery Racer | Downhill Sprinter Snow Sled, Red | =19.99
Wham-O | Frisbee Ultimate 175g | =11.99
Sunny Days | Maxx Bubbles Bubble Machine | =19.99

## electronics / headphones @ Electronics counter
Apple | AirPods (2nd Generation) | =129.00
Apple | AirPods Pro (2nd Generation) with MagSafe Case (USB-C) | =249.00
Sony | WH-CH520 Wireless On-Ear Headphones, {v} | =59.99 | Black; Blue
Sony | WH-1000XM5 Wireless Noise Canceling Headphones, Black | =399.99
Beats | Studio Pro Wireless Noise Cancelling Headphones, Black | =349.99
Bose | QuietComfort Ultra Earbuds, Black | =299.00
JBL | Tune 510BT Wireless On-Ear Headphones, {v} | =49.99 | Black; Blue
Skullcandy | Dime 3 True Wireless Earbuds, Black | =29.99
JLab | Go Air Pop True Wireless Earbuds, {v} | =24.99 | Black; Teal
heyday | Wired Earbuds with Microphone, Black | =9.99 | | @Front end
JLab | JBuddies Kids Wired Headphones, Blue | =19.99
Beats | Solo 4 Wireless On-Ear Headphones, Matte Black | =199.99
Sony | WF-C500 Truly Wireless Earbuds, Black | =99.99

## electronics / chargers cables @ Aisle 25 left
heyday | 6 ft Lightning to USB-C Cable, White | =14.99 | | @Front end
heyday | 10 ft USB-C to USB-C Braided Cable, Black | =19.99
heyday | 20W USB-C Wall Charger, White | =19.99
heyday | Dual USB Car Charger, Black | =14.99
Apple | 20W USB-C Power Adapter | =19.00
Apple | USB-C to Lightning Cable, 1 m | =19.00
Belkin | BoostCharge Pro 3-in-1 Wireless Charging Stand with MagSafe | =129.99
Anker | 313 Wireless Charger Pad, 10W | =15.99
Anker | 321 PowerCore 10K Portable Charger | =25.99
Belkin | 6-Outlet Surge Protector with 8 ft Cord | =19.99
heyday | 3-Outlet Wall Tap with 2 USB Ports | =12.99
Anker | Nano 20W USB-C Charger | =19.99
Belkin | BoostCharge USB-C to USB-C Cable, 3.3 ft, White | =14.99

## electronics / tv accessories @ Aisle 25 left
heyday | 6 ft High Speed HDMI Cable, Black | =9.99
heyday | 12 ft High Speed HDMI Cable, Black | =14.99
Belkin | 6.6 ft Ultra High Speed 8K HDMI 2.1 Cable | =29.99
Roku | Express 4K+ Streaming Device | =39.99
Roku | Streaming Stick 4K | =49.99
Google | Chromecast with Google TV (HD) | =29.99
Sanus | Full Motion TV Wall Mount for 32-55 in TVs | =79.99
GE | Universal Remote Control, 4-Device, Black | =14.99
Philips | Indoor Flat HDTV Antenna, 35 mi Range | =24.99

## electronics / computer accessories @ Aisle 25 right
Logitech | M185 Wireless Mouse, Gray | =19.99
Logitech | MK270 Wireless Keyboard and Mouse Combo | =29.99
Logitech | C920 HD Pro Webcam | =69.99
SanDisk | 64GB Ultra Flair USB 3.0 Flash Drive | =12.99
Anker | 7-in-1 USB-C Hub | =34.99
Targus | 15.6 in Laptop Sleeve, Black | =19.99
heyday | Wireless Mouse, Stone White | =14.99
Samsung | T7 1TB Portable SSD, Titan Gray | =89.99
SanDisk | 128GB Ultra microSDXC UHS-I Memory Card with Adapter | =17.99
Logitech | M720 Triathlon Multi-Device Wireless Mouse | =49.99

## electronics / speakers @ Aisle 25 right
JBL | Flip 6 Portable Bluetooth Speaker, {v} | =129.99 | Black; Blue
JBL | Go 3 Portable Bluetooth Speaker, Black | =49.99
Bose | SoundLink Flex Bluetooth Speaker, Black | =149.00
Sony | SRS-XB100 Compact Bluetooth Speaker, Black | =59.99
heyday | Mini Bluetooth Speaker, Stone White | =15.00
Amazon | Echo Dot (5th Gen) Smart Speaker with Alexa, Charcoal | =49.99
Ultimate Ears | WONDERBOOM 3 Portable Bluetooth Speaker, Active Black | =99.99

## electronics / phone cases @ Aisle 25 right
OtterBox | Commuter Series Case for iPhone 15, Black | =49.95
OtterBox | Symmetry Series Case for iPhone 15 Pro, Clear | =49.95
heyday | Clear Case with MagSafe for iPhone 15 | =19.99
heyday | Tempered Glass Screen Protector for iPhone 15 | =19.99
PopSockets | PopGrip Phone Grip, Black | =14.99
Speck | Presidio2 Grip Case for Samsung Galaxy S24, Black | =44.99

## luggage / luggage @ Aisle 26 left
Open Story | 20 in Hardside Carry-On Spinner Suitcase, {v} | =100.00 | Black; Sage Green; Navy
Open Story | 24 in Hardside Medium Checked Spinner Suitcase, {v} | =130.00 | Black; Navy
Open Story | 28 in Hardside Large Checked Spinner Suitcase, Black | =150.00
Samsonite | Freeform 21 in Hardside Carry-On Spinner, Black | =149.99
American Tourister | Moonlight 24 in Hardside Spinner, Navy | =119.99
Travelpro | Maxlite 5 21 in Expandable Carry-On Spinner, Black | =179.99
Open Story | Weekender Duffel Bag, Black | =40.00
Open Story | 4pc Packing Cubes Set, Gray | =20.00
Samsonite | 3-Dial TSA Combination Luggage Lock, Black | =14.99
Open Story | Memory Foam Travel Neck Pillow, Gray | =15.00
Open Story | Luggage Tag 2pk, Black | =8.00
Open Story | 2pc Hardside Luggage Set, Carry-On & Medium, Black | =200.00
Open Story | Hanging Toiletry Bag, Black | =15.00

## luggage / backpacks bags @ Aisle 26 right
JanSport | SuperBreak One Backpack, {v} | =39.99 | Black; Navy; Forge Grey
The North Face | Borealis Backpack, Black | =99.00
Under Armour | Hustle 5.0 Backpack, Black | =55.00
Cat & Jack | Kids' 16 in Backpack, {v} | =20.00 | Dinosaur; Rainbow
Open Story | 17 in Laptop Backpack, Black | =35.00
Herschel | Pop Quiz Backpack, Black | =69.99
Champion | Attribute Backpack, Navy | =35.00
Cat & Jack | Kids' Insulated Lunch Bag, Dinosaur | =10.00
JanSport | Big Student Backpack, Black | =44.99

## sports / fitness @ Aisle 27 left
Gaiam | Essentials 10mm Thick Yoga Mat, Black | =21.99
All In Motion | 5mm Yoga Mat, {v} | =20.00 | Blue; Lavender
CAP | Neoprene Dumbbell, {s} | 3 lb=7.99; 5 lb=9.99; 10 lb=17.99; 15 lb=24.99
CAP | Cast Iron Kettlebell, {s} | 15 lb=24.99; 25 lb=39.99
All In Motion | Resistance Loop Band Set, 5 pc | =10.00
All In Motion | Foam Roller, 18 in, Black | =15.00
All In Motion | Speed Jump Rope | =8.00
All In Motion | Stability Exercise Ball, 65 cm | =15.00
Bowflex | SelectTech 552 Adjustable Dumbbells, Pair | =429.00
Fitbit | Inspire 3 Health & Fitness Tracker, Black | =99.95
All In Motion | Foam Yoga Block, 2 pk | =10.00
All In Motion | Adjustable Weighted Jump Rope | =12.00

## sports / camping outdoor @ Aisle 27 right
Coleman | Sundome 4-Person Dome Tent | =89.99
Coleman | Brazos 30°F Cold Weather Sleeping Bag | =34.99
Coleman | 48 qt Rolling Cooler, Blue | =49.99
Igloo | Latitude 30 qt Cooler, Blue | =29.99
Coleman | Classic 1-Burner Butane Camp Stove | =34.99
Coleman | Broadband Quad Camping Chair, Red | =24.99
Embark | 300 Lumen LED Headlamp | =10.00
Embark | LED Camping Lantern | =15.00
Stanley | Classic Legendary Vacuum Insulated Bottle, 1.1 qt | =45.00
Coleman | Skydome 2-Person Camping Tent | =59.99
Coleman | Rechargeable LED Lantern, 400 Lumens | =29.99

## sports / team sports @ Aisle 28 left
Wilson | NBA Forge Basketball, Size 7 | =24.99
Spalding | TF-1000 Classic Indoor Basketball, 29.5 in | =59.99
Franklin Sports | Competition 100 Soccer Ball, {s} | Size 4=14.99; Size 5=14.99
Wilson | NFL Super Grip Football, Official Size | =19.99
Rawlings | Players Series 10.5 in Youth Baseball Glove | =24.99
Franklin Sports | Youth Aluminum Baseball Bat, 27 in | =29.99
Franklin Sports | Soccer Shin Guards, Youth M | =9.99
Spalding | Portable Basketball Hoop, 44 in Backboard | =249.99
Wilson | US Open Tennis Balls, 3 ct | =4.99
Franklin Sports | Pickleball Paddle and Ball Set | =39.99
Wilson | Evolution Indoor Game Basketball, Size 7 | =79.99
Spalding | NBA Street Outdoor Basketball, Size 7 | =24.99

## sports / bikes scooters @ Aisle 28 right
Huffy | 20 in Kids' Rock It Bike, Black | =139.99
Huffy | 16 in Kids' Bike with Training Wheels, Pink | =109.99
Schwinn | 26 in Women's Huron Cruiser Bike, Blue | =249.99
Razor | A5 Lux Kick Scooter, Black | =79.99
Bell | Kids' Bike Helmet, {v} | =24.99 | Blue; Pink
Bell | Adult Bike Helmet, Black | =34.99
Bell | Bike Lock, Cable, 6 ft | =14.99

## beauty / makeup @ Aisle 29 left
Maybelline | Lash Sensational Sky High Washable Mascara, Very Black | =11.99
Maybelline | Fit Me Matte + Poreless Liquid Foundation, {v} | =8.99 | 110 Porcelain; 220 Natural Beige; 330 Toffee; 355 Pecan | pick=3
L'Oréal Paris | Voluminous Lash Paradise Mascara, Blackest Black | =12.99
e.l.f. | Halo Glow Liquid Filter, {v} | =14.00 | 2 Fair/Light; 4 Medium
e.l.f. | Power Grip Primer | =10.00
e.l.f. | Hydrating Camo Concealer, {v} | =7.00 | Light Sand; Medium Beige | pick=2
NYX Professional Makeup | Butter Gloss, {v} | =5.99 | Creme Brulee; Madeleine
Revlon | Super Lustrous Lipstick, {v} | =8.99 | Certainly Red; Rose Wine
Milani | Baked Blush, Luminoso | =9.99
Essie | Nail Polish, {v} | =9.99 | Ballet Slippers; Wicked
Real Techniques | Everyday Essentials Makeup Brush Set | =19.99
e.l.f. | Bite-Size Eyeshadow Palette, Cream & Sugar | =4.00
Maybelline | Instant Age Rewind Eraser Concealer, 130 Medium | =10.49
NYX Professional Makeup | Epic Ink Waterproof Liquid Eyeliner, Black | =9.99
L'Oréal Paris | Infallible 24H Fresh Wear Foundation, {v} | =15.99 | 420 True Beige; 490 Natural Beige
e.l.f. | Putty Blush, Tahiti | =6.00

## beauty / skin care @ Aisle 29 right
CeraVe | Moisturizing Cream, 16 oz | =18.99
CeraVe | Hydrating Facial Cleanser, 16 fl oz | =17.99
Cetaphil | Gentle Skin Cleanser, 16 fl oz | =14.99
Neutrogena | Hydro Boost Water Gel Face Moisturizer, 1.7 oz | =21.99
Olay | Regenerist Micro-Sculpting Cream Face Moisturizer, 1.7 oz | =28.99
La Roche-Posay | Toleriane Double Repair Face Moisturizer, 3.38 fl oz | =24.99
The Ordinary | Niacinamide 10% + Zinc 1% Serum, 1 fl oz | =6.00
Bubble | Slam Dunk Hydrating Moisturizer, 1.7 fl oz | =19.99
Hero Cosmetics | Mighty Patch Original Pimple Patches, 36 ct | =12.99
Burt's Bees | Beeswax Lip Balm, 4 ct | =11.99 | | @Front end
Aveeno | Daily Moisturizing Body Lotion, 18 fl oz | =11.49
Sol de Janeiro | Brazilian Bum Bum Cream, 2.5 fl oz | =25.00
Neutrogena | Ultra Sheer Dry-Touch Sunscreen SPF 55, 3 fl oz | =11.99
CeraVe | Foaming Facial Cleanser, 12 fl oz | =15.99
Cetaphil | Moisturizing Cream, 16 oz | =16.99
Neutrogena | Makeup Remover Cleansing Towelettes, 25 ct | =7.99

## beauty / hair care @ Aisle 30 left
Pantene | Pro-V Daily Moisture Renewal {v}, 12 fl oz | =6.99 | Shampoo; Conditioner
OGX | Renewing + Argan Oil of Morocco {v}, 13 fl oz | =8.99 | Shampoo; Conditioner
SheaMoisture | Coconut & Hibiscus Curl & Shine Shampoo, 13 fl oz | =11.99
Olaplex | No. 3 Hair Perfector, 3.3 fl oz | =30.00
Batiste | Original Dry Shampoo, 4.23 oz | =9.99
Conair | InfinitiPro 1875W Hair Dryer | =34.99
Revlon | One-Step Volumizer Hair Dryer and Hot Air Brush | =49.99
Remington | Pro 1 in Pearl Ceramic Flat Iron | =29.99
Conair | Double Ceramic 1 in Curling Iron | =24.99
Wet Brush | Original Detangler Hair Brush, Black | =9.99
Kitsch | Satin Pillowcase, Black | =19.00
Goody | Ouchless Hair Elastics, Black, 30 ct | =3.99
Dove | Daily Moisture Shampoo, 12 fl oz | =6.99
Head & Shoulders | Classic Clean Dandruff Shampoo, 13.5 fl oz | =8.99

## beauty / fragrance @ Aisle 30 right
Calvin Klein | CK One Eau de Toilette, 3.4 fl oz | =60.00
Ariana Grande | Cloud Eau de Parfum, 1 fl oz | =49.00
Sol de Janeiro | Cheirosa '62 Perfume Mist, 8.1 fl oz | =38.00
Curve | Men's Cologne Spray, 4.2 fl oz | =27.99
Body Fantasies | Fresh White Musk Body Spray, 8 fl oz | =4.99 | | @Front end
Juicy Couture | Viva La Juicy Eau de Parfum, 1 fl oz | =48.00
Nautica | Voyage Eau de Toilette for Men, 3.4 fl oz | =22.99
Philosophy | Amazing Grace Eau de Toilette, 2 fl oz | =49.00

## jewelry / jewelry @ Jewelry counter
A New Day | Gold Hoop Earring Set, 3 pr | =12.00
A New Day | Crystal Stud Earrings, Silver | =10.00
- | Sterling Silver Cubic Zirconia Stud Earrings, 6 mm | =29.99
- | 14K Gold Over Sterling Silver Paperclip Chain Necklace, 18 in | =39.99
- | Sterling Silver Heart Pendant Necklace, 18 in | =34.99
Universal Thread | Beaded Stretch Bracelet Set, 5 pc | =12.00
A New Day | Gold Cable Chain Necklace, 16 in | =12.00
- | Men's Stainless Steel Cuban Link Chain Necklace, 22 in | =29.99
- | Sterling Silver Birthstone Ring, {v}, Size 7 | =24.99 | January Garnet; May Emerald; December Blue Topaz | pick=2
Fossil | Women's Jacqueline Gold-Tone Bracelet | =58.00
- | Freshwater Cultured Pearl Stud Earrings, 7 mm | =34.99
Kendra Scott | Elisa Pendant Necklace, Gold White Mother of Pearl | =65.00
A New Day | Huggie Hoop Earrings, Gold | =10.00
- | Sterling Silver Diamond Accent Heart Stud Earrings | =49.99
- | 10K Gold Initial Pendant Necklace, 18 in | =79.99
- | Men's Stainless Steel Black Band Ring, {s} | Size 9=24.99; Size 10=24.99; Size 11=24.99

## jewelry / watches @ Jewelry counter
Timex | Men's Weekender 38mm Watch, Brown Leather Strap | =44.95
Timex | Women's Easy Reader 25mm Watch, Black Leather Strap | =49.00
Casio | Men's Classic Digital Watch F91W, Black | =19.95
Casio | Men's G-Shock GA2100 Analog-Digital Watch, Black | =99.00
Armitron | Women's Rose Gold-Tone Bracelet Watch | =39.99
Fossil | Men's Grant Chronograph Watch, Brown Leather | =149.00
Fossil | Women's Carlie Three-Hand Watch, Rose Gold-Tone | =119.00
Timex | Kids' Time Machines 29mm Watch, Blue | =24.95
Garmin | Forerunner 55 GPS Running Smartwatch, Black | =199.99
Timex | Ironman Classic 30 Digital Watch, Black | =49.95

## school office / school supplies @ Aisle 31 left
Crayola | Crayons, 24 ct | =1.49
Crayola | Crayons, 64 ct | =4.99
Crayola | Washable Broad Line Markers, 10 ct | =4.99
Crayola | Colored Pencils, 24 ct | =4.29
Ticonderoga | #2 Pencils, Presharpened, 12 ct | =4.49
BIC | Cristal Xtra Smooth Ballpoint Pens, Black, 10 ct | =3.49
Five Star | 1 Subject Spiral Notebook, College Ruled, 100 Sheets | =4.49
Mead | Composition Notebook, Wide Ruled, Black Marble | =1.99
up&up | Wide Ruled Filler Paper, 150 Sheets | =1.99
Avery | 1 in Durable View Binder, White | =5.99
Elmer's | Washable School Glue, 4 oz | =1.29
Fiskars | Kids' Blunt-Tip Scissors, 5 in | =2.99
Texas Instruments | TI-84 Plus CE Graphing Calculator, Black | =149.99
Texas Instruments | TI-30XIIS Scientific Calculator | =17.99
Yoobi | Pencil Pouch, Rainbow | =5.00
Sharpie | Tank Highlighters, Assorted, 5 ct | =5.99
Expo | Low-Odor Dry Erase Markers, Chisel Tip, 4 ct | =6.99
Five Star | 2 Pocket Plastic Folder, Assorted | =1.79
Paper Mate | Flair Felt Tip Pens, Assorted, 12 ct | =14.99
Elmer's | Disappearing Purple School Glue Sticks, 6 ct | =4.99
Casio | fx-300ES Plus Scientific Calculator | =14.99
up&up | College Ruled 1 Subject Notebooks, 3 pk | =4.00
Crayola | Washable Markers, Classic Colors, 40 ct | =14.99

## school office / office supplies @ Aisle 31 right
HP | Printer Paper, 8.5 x 11 in, 500 Sheets | =9.99
Pilot | G2 Premium Gel Pens, Black, Fine Point, 4 ct | =6.99
Post-it | Notes, 3 x 3 in, Canary Yellow, 4 pads | =5.99
Scotch | Heavy Duty Shipping Packaging Tape, 2 rolls | =9.99
Scotch | Magic Tape, 3/4 in x 650 in, 3 rolls | =9.99
Swingline | Standard Desk Stapler, Black | =12.99
Blue Sky | 2026 Weekly & Monthly Planner, 8.5 x 11 in | =19.99
AT-A-GLANCE | 2026 Monthly Wall Calendar, 15 x 12 in | =14.99
Brightroom | Mesh Desk Organizer, Black | =10.00
Avery | Shipping Labels, 2 x 4 in, 100 ct | =12.99
Sharpie | S-Gel Pens, Black, Medium Point, 4 ct | =7.49
Mead | #10 Security Envelopes, 50 ct | =5.49

## seasonal / holiday decor @ Seasonal
Wondershop | 7.5 ft Pre-Lit Alberta Spruce Artificial Christmas Tree, Clear Lights | =200.00
Wondershop | 6 ft Pre-Lit Artificial Christmas Tree, Multicolor Lights | =120.00
Wondershop | 100ct LED Mini String Lights, {v} | =10.00 | Warm White; Multicolor
Wondershop | 50ct Shatterproof Christmas Ornament Set, {v} | =15.00 | Red & Gold; Silver & Blue
Wondershop | Knit Christmas Stocking, {v} | =15.00 | Red Plaid; Cream
Wondershop | Christmas Tree Skirt, 48 in, Red | =20.00
Wondershop | Artificial Pine Christmas Wreath, 24 in | =25.00
Gemmy | 6 ft Airblown Inflatable Santa | =59.99
Wondershop | Nutcracker Figurine, 15 in | =20.00
Hearth & Hand with Magnolia | Advent Calendar, Wood | =35.00

## seasonal / holiday pajamas @ Seasonal
Wondershop | Women's Holiday Plaid Matching Family Pajama Set, {s} | S=25.00; M=25.00; L=25.00
Wondershop | Men's Holiday Plaid Matching Family Pajama Set, {s} | M=25.00; L=25.00; XL=25.00
Wondershop | Holiday Plaid Matching Family Dog Pajamas, {s} | S=12.00; M=12.00

## seasonal / gift wrap @ Seasonal
Wondershop | Christmas Wrapping Paper 3-Pack, 75 sq ft | =10.00
Spritz | Birthday Wrapping Paper, Confetti, 20 sq ft | =4.00
Spritz | Medium Gift Bag, Birthday Balloons | =2.00
Wondershop | Large Christmas Gift Bag, Red Plaid | =3.00
Spritz | White Tissue Paper, 8 Sheets | =1.00
Scotch | Gift Wrap Tape, 3/4 in x 450 in, 2 rolls | =3.99
Wondershop | Self-Adhesive Gift Tags, 60 ct | =3.00
Hallmark | Birthday Card for Kids, Dinosaur | =3.99
Hallmark | Christmas Boxed Cards, 16 ct | =9.99
"""

ZONES = ('Front end', 'Seasonal', 'Jewelry counter', 'Electronics counter')


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def parse_place(p):
    p = p.strip()
    m = re.match(r'(Aisle \d+) (left|right)$', p)
    if m:
        return m.group(1), m.group(2)
    if p not in ZONES:
        raise ValueError('unknown place %r' % p)
    return p, ''


def expand(spec, rng):
    items, section = [], None
    for ln, raw in enumerate(spec.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith('#') and not line.startswith('##'):
            continue
        if line.startswith('##'):
            m = re.match(r'##\s*(.+?)\s*/\s*(.+?)\s*@\s*(.+)$', line)
            places = [parse_place(p) for p in m.group(3).split(';')]
            section = (m.group(1), m.group(2), places)
            continue
        f = [x.strip() for x in line.split('|')]
        f += [''] * (5 - len(f))
        brand, tmpl, sizes, variants, opts = f[:5]
        brand = HOUSE.get(brand, brand)
        sz = []
        for s in sizes.split(';'):
            label, price = s.rsplit('=', 1)
            sz.append((label.strip(), price.strip()))
        vs = [v.strip() for v in variants.split(';')] if variants else [None]
        pick, place = None, None
        m = re.search(r'pick=(\d+)', opts)
        if m:
            pick = int(m.group(1))
        m = re.search(r'@(.+)$', opts)
        if m:
            place = parse_place(m.group(1))
        combos = [(v, s) for v in vs for s in sz]
        if pick and pick < len(combos):
            keep = set(rng.sample(range(len(combos)), pick))
            combos = [c for i, c in enumerate(combos) if i in keep]
        for v, (label, price) in combos:
            t = tmpl
            if v is not None:
                t = t.replace('{v}', v) if '{v}' in t else t + ', ' + v
            if '{s}' in t:
                t = t.replace('{s}', label)
            elif label:
                t = t + ', ' + label
            name = t if brand == '-' else brand + ' ' + t
            name = re.sub(r'\s+', ' ', name).replace(' ,', ',').strip()
            items.append(dict(name=name, brand=brand, department=section[0], category=section[1],
                              price='%.2f' % float(price), places=[place] if place else section[2],
                              line=ln))
    return items


def thin(items, rng):
    """A store carries only part of each range: drop some of the extra sizes/variants of a
    product line (never its first one), about DROP_EXTRA of them."""
    seen, left = set(), []
    for it in items:
        if it['line'] in seen and rng.random() < DROP_EXTRA:
            continue
        seen.add(it['line'])
        left.append(it)
    return left


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'catalog.csv')
    rng = random.Random(SEED)
    items = expand(SPEC, rng)
    items = thin(items, rng)
    names = [it['name'] for it in items]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit('duplicate names: %s' % sorted(dup))

    # places and bays: split each section's products evenly over its places, in order,
    # and number bays along each aisle side / zone in the order products appear (4-7 per bay)
    next_bay, fill = {}, {}
    groups = {}
    for it in items:
        groups.setdefault((it['category'], tuple(it['places'])), []).append(it)
    for (cat, places), group in groups.items():
        per = math.ceil(len(group) / len(places))
        for i, it in enumerate(group):
            place = places[min(i // per, len(places) - 1)]
            key = place
            if key not in next_bay:
                next_bay[key], fill[key] = 1, 0
            cap = rng.randint(4, 7)
            if fill[key] >= cap:
                next_bay[key] += 1
                fill[key] = 0
            fill[key] += 1
            it['aisle'], it['side'], it['bay'] = place[0], place[1], next_bay[key]
        # the next section on the same place starts on a new bay
        for place in set(places):
            if place in fill and fill[place]:
                next_bay[place] += 1
                fill[place] = 0

    # stock: exactly 8% out of stock, the rest 1..60 (cheap things deeper stocked)
    n = len(items)
    out_idx = set(rng.sample(range(n), round(OUT_OF_STOCK * n)))
    for i, it in enumerate(items):
        if i in out_idx:
            it['quantity'] = 0
        else:
            p = float(it['price'])
            top = 60 if p < 10 else 30 if p < 30 else 12
            it['quantity'] = rng.randint(1, top)

    # GTIN: one GS1-style company prefix per brand, item numbers unique
    prefixes, used_gtin, used_sku = {}, set(), set()
    classes, class_dept = {}, {}
    for it in items:
        b = it['brand']
        if b not in prefixes:
            while True:
                p = '0' + '%06d' % rng.randint(10000, 999999)
                if p not in prefixes.values():
                    break
            prefixes[b] = p
        while True:
            g = ean13(prefixes[b] + '%05d' % rng.randint(0, 99999))
            if g not in used_gtin:
                used_gtin.add(g)
                break
        it['gtin'] = g
        if it['category'] not in classes:
            classes[it['category']] = '%02d' % (1 + sum(1 for c, d in class_dept.items() if d == it['department']))
            class_dept[it['category']] = it['department']
        while True:
            s = '%s-%s-%04d' % (DEPT_CODE[it['department']], classes[it['category']], rng.randint(0, 9999))
            if s not in used_sku:
                used_sku.add(s)
                break
        it['sku'] = s

    items.sort(key=lambda it: it['sku'])
    cols = ['sku', 'gtin', 'name', 'department', 'category', 'price', 'quantity', 'aisle', 'side', 'bay']
    with open(out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(cols)
        for it in items:
            w.writerow([it[c] for c in cols])
    print('%d products -> %s' % (n, out))


if __name__ == '__main__':
    main()
