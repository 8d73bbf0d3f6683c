#!/usr/bin/env python3
"""Generates the wine, beer & spirits store (red, white, rosé, sparkling, dessert and fortified
wine, boxed and canned wine, beer, hard seltzer and cider, whiskey, spirits, liqueurs, mixers,
bar tools, glassware, gifts, snacks; no tobacco): catalog.csv, questions.jsonl and
questions-heldout-b.jsonl. Written blind to the answer engine."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT red wine
CAT cabernet sauvignon @ Aisle 1 left
Josh Cellars Cabernet Sauvignon, 750 ml $14.99
+Bogle Vineyards Cabernet Sauvignon, 750 ml $11.99
+Robert Mondavi Private Selection Cabernet Sauvignon, 750 ml $11.99
+Kendall-Jackson Vintner's Reserve Cabernet Sauvignon, 750 ml $19.99
+Decoy Sonoma County Cabernet Sauvignon, 750 ml $24.99
+Justin Paso Robles Cabernet Sauvignon, 750 ml $29.99
+Daou Paso Robles Cabernet Sauvignon, 750 ml $24.99
+Columbia Crest Grand Estates Cabernet Sauvignon, 750 ml $11.99
+14 Hands Cabernet Sauvignon, 750 ml $10.99
+Barefoot Cabernet Sauvignon, {750 ml:6.99|1.5 L:11.99} $6.99
+Woodbridge by Robert Mondavi Cabernet Sauvignon, 1.5 L $12.99
+Bonanza Cabernet Sauvignon by Caymus, 750 ml $19.99
+Joel Gott 815 Cabernet Sauvignon, 750 ml $19.99
CAT merlot @ Aisle 1 right
Josh Cellars Merlot, 750 ml $14.99
+Bogle Vineyards Merlot, 750 ml $10.99
+Columbia Crest Grand Estates Merlot, 750 ml $11.99
+14 Hands Merlot, 750 ml $10.99
+Barefoot Merlot, 750 ml $6.99
+Woodbridge by Robert Mondavi Merlot, 1.5 L $12.99
+Decoy Sonoma County Merlot, 750 ml $24.99
+Blackstone Winemaker's Select Merlot, 750 ml $9.99
CAT pinot noir @ Aisle 2 left
Meiomi Pinot Noir, 750 ml $21.99
+La Crema Sonoma Coast Pinot Noir, 750 ml $24.99
+Mark West California Pinot Noir, 750 ml $11.99
+Erath Oregon Pinot Noir, 750 ml $19.99
+Belle Glos Clark & Telephone Pinot Noir, 750 ml $44.99
+A to Z Wineworks Oregon Pinot Noir, 750 ml $19.99
+Barefoot Pinot Noir, 750 ml $6.99
+Louis Jadot Bourgogne Pinot Noir, 750 ml $21.99
CAT malbec @ Aisle 2 right
Catena Mendoza Malbec, 750 ml $19.99
+Alamos Malbec, 750 ml $10.99
+Trapiche Oak Cask Malbec, 750 ml $11.99
+Norton Reserva Malbec, 750 ml $15.99
+Terrazas de los Andes Reserva Malbec, 750 ml $21.99
+Gascón Malbec, 750 ml $13.99
CAT zinfandel @ Aisle 2 right
Ravenswood Vintners Blend Old Vine Zinfandel, 750 ml $10.99
+Seghesio Sonoma Zinfandel, 750 ml $26.99
+Bogle Vineyards Old Vine Zinfandel, 750 ml $11.99
+Cline Family Cellars Ancient Vines Zinfandel, 750 ml $13.99
+Rombauer California Zinfandel, 750 ml $39.99
+7 Deadly Zins Old Vine Zinfandel Lodi, 750 ml $14.99
CAT red blends @ Aisle 3 left
Apothic Red Winemaker's Blend, 750 ml $10.99
+19 Crimes Red Blend, 750 ml $10.99
+The Prisoner Napa Valley Red Blend, 750 ml $49.99
+Conundrum Red Blend by Caymus, 750 ml $21.99
+The Dreaming Tree Crush Red Blend, 750 ml $14.99
+Josh Cellars Legacy Red Blend, 750 ml $14.99
+Cooper & Thief Bourbon Barrel Aged Red Blend, 750 ml $24.99
+Troublemaker Red Blend by Austin Hope, 750 ml $17.99
+Gallo Family Vineyards Sweet Red Blend, 1.5 L $9.99
CAT italian red wine @ Aisle 3 right
Ruffino Chianti DOCG, {750 ml:10.99|1.5 L:19.99} $10.99
+Ruffino Riserva Ducale Chianti Classico Riserva, 750 ml $27.99
+Castello di Gabbiano Chianti Classico, 750 ml $13.99
+Santa Cristina Toscana Rosso by Antinori, 750 ml $12.99
+Zenato Valpolicella Ripasso Superiore, 750 ml $24.99
+Cantina Zaccagnini Montepulciano d'Abruzzo, 750 ml $14.99
+Tommasi Amarone della Valpolicella Classico, 750 ml $59.99
+Renato Ratti Marcenasco Barolo, 750 ml $59.99
+Riunite Lambrusco Emilia, 1.5 L $9.99
CAT spanish & portuguese red wine @ Aisle 3 right
Marqués de Cáceres Rioja Crianza, 750 ml $14.99
+Marqués de Riscal Rioja Reserva, 750 ml $24.99
+Campo Viejo Rioja Tempranillo, 750 ml $10.99
+CVNE Cune Rioja Crianza, 750 ml $14.99
+Muga Rioja Reserva, 750 ml $29.99
+Borsao Garnacha Campo de Borja, 750 ml $9.99
+Juan Gil Jumilla Monastrell, 750 ml $17.99
+Esporão Reserva Red Alentejo, 750 ml $24.99
CAT syrah & shiraz @ Aisle 4 left
Yellow Tail Shiraz, {750 ml:6.99|1.5 L:11.99} $6.99
+Penfolds Max's Shiraz, 750 ml $19.99
+Jacob's Creek Classic Shiraz, 750 ml $8.99
+Two Hands Gnarly Dudes Barossa Valley Shiraz, 750 ml $34.99
+Mollydooker The Boxer Shiraz, 750 ml $29.99
+Bogle Vineyards Petite Sirah, 750 ml $11.99
CAT french red wine @ Aisle 4 left
E. Guigal Côtes du Rhône Rouge, 750 ml $14.99
+Mouton Cadet Bordeaux Rouge, 750 ml $13.99
+Georges Duboeuf Beaujolais-Villages, 750 ml $12.99
+Château Greysac Médoc Bordeaux, 750 ml $19.99
+Domaine du Vieux Lazaret Châteauneuf-du-Pape, 750 ml $39.99
CAT fine wine @ Fine Wine Room
Caymus Napa Valley Cabernet Sauvignon, 750 ml $94.99
+Silver Oak Alexander Valley Cabernet Sauvignon, 750 ml $89.99
+Jordan Alexander Valley Cabernet Sauvignon, 750 ml $64.99
+Opus One Napa Valley Red Wine, 750 ml $449.99
+Duckhorn Napa Valley Merlot, 750 ml $59.99
+Domaine Serene Evenstad Reserve Pinot Noir, 750 ml $89.99
+Penfolds Bin 389 Cabernet Shiraz, 750 ml $79.99
+Tignanello Toscana IGT by Antinori, 750 ml $149.99
+Château Lynch-Bages Pauillac, 750 ml $179.99
+Castello Banfi Brunello di Montalcino, 750 ml $69.99
+Far Niente Napa Valley Chardonnay, 750 ml $79.99
+Cakebread Cellars Napa Valley Chardonnay, 750 ml $49.99

DEPT white & rosé wine
CAT chardonnay @ Aisle 5 left
Kendall-Jackson Vintner's Reserve Chardonnay, 750 ml $14.99
+Josh Cellars Chardonnay, 750 ml $13.99
+La Crema Sonoma Coast Chardonnay, 750 ml $21.99
+Bogle Vineyards Chardonnay, 750 ml $10.99
+Rombauer Carneros Chardonnay, 750 ml $42.99
+Chateau Ste. Michelle Columbia Valley Chardonnay, 750 ml $11.99
+Butter Chardonnay by JaM Cellars, 750 ml $17.99
+Barefoot Chardonnay, 750 ml $6.99
+Woodbridge by Robert Mondavi Chardonnay, 1.5 L $12.99
+Louis Jadot Mâcon-Villages Chardonnay, 750 ml $14.99
+Meiomi Chardonnay, 750 ml $19.99
CAT sauvignon blanc @ Aisle 5 left
Kim Crawford Marlborough Sauvignon Blanc, 750 ml $17.99
+Oyster Bay Marlborough Sauvignon Blanc, 750 ml $12.99
+Whitehaven Marlborough Sauvignon Blanc, 750 ml $15.99
+Cloudy Bay Marlborough Sauvignon Blanc, 750 ml $34.99
+Duckhorn North Coast Sauvignon Blanc, 750 ml $29.99
+Brancott Estate Marlborough Sauvignon Blanc, 750 ml $12.99
+Pascal Jolivet Sancerre, 750 ml $34.99
CAT pinot grigio @ Aisle 5 right
Santa Margherita Pinot Grigio Valdadige, 750 ml $24.99
+Ecco Domani Pinot Grigio, 750 ml $10.99
+Cavit Pinot Grigio, {750 ml:8.99|1.5 L:13.99} $8.99
+Barefoot Pinot Grigio, 750 ml $6.99
+Mezzacorona Pinot Grigio, 750 ml $9.99
+Woodbridge by Robert Mondavi Pinot Grigio, 1.5 L $12.99
+King Estate Willamette Valley Pinot Gris, 750 ml $17.99
CAT riesling @ Aisle 5 right
Chateau Ste. Michelle Columbia Valley Riesling, 750 ml $9.99
+Chateau Ste. Michelle & Dr. Loosen Eroica Riesling, 750 ml $22.99
+Dr. Loosen Dr. L Riesling Mosel, 750 ml $13.99
+Clean Slate Riesling Mosel, 750 ml $10.99
+Kung Fu Girl Riesling, 750 ml $13.99
+Pacific Rim Sweet Riesling, 750 ml $10.99
CAT moscato & sweet wine @ Aisle 6 left
Barefoot Moscato, 750 ml $6.99
+Sutter Home Moscato, 750 ml $6.49
+Cupcake Vineyards Moscato d'Asti, 750 ml $10.99
+Risata Moscato d'Asti, 750 ml $13.99
+Bartenura Moscato, 750 ml $15.99
+Stella Rosa Black Semi-Sweet Red, 750 ml $13.99
+Stella Rosa Peach Semi-Sweet, 750 ml $13.99
+Manischewitz Concord Grape Wine, 750 ml $7.99
+Arbor Mist Blackberry Merlot, 1.5 L $7.99
CAT rosé & blush @ Aisle 6 left
Whispering Angel Côtes de Provence Rosé, {750 ml:22.99|1.5 L Magnum:44.99} $22.99
+M de Minuty Côtes de Provence Rosé, 750 ml $21.99
+Miraval Côtes de Provence Rosé, 750 ml $24.99
+Meiomi Rosé, 750 ml $19.99
+Josh Cellars Rosé, 750 ml $13.99
+Mateus Rosé, 750 ml $8.99
+Barefoot Pink Moscato, 750 ml $6.99
+Sutter Home White Zinfandel, {750 ml:6.49|1.5 L:10.99} $6.49
+Beringer Main & Vine White Zinfandel, 1.5 L $9.99
CAT other white wine @ Aisle 6 right
Conundrum White Blend by Caymus, 750 ml $19.99
+Chateau Ste. Michelle Gewürztraminer, 750 ml $10.99
+Martín Códax Albariño Rías Baixas, 750 ml $16.99
+Casal Garcia Vinho Verde, 750 ml $8.99
+Dry Creek Vineyard Dry Chenin Blanc, 750 ml $14.99

DEPT sparkling & specialty wine
CAT champagne @ Fine Wine Room
Veuve Clicquot Yellow Label Brut Champagne, {750 ml:64.99|1.5 L:134.99} $64.99
+Moët & Chandon Impérial Brut Champagne, 750 ml $54.99
+Moët & Chandon Rosé Impérial Champagne, 750 ml $69.99
+Dom Pérignon Brut Champagne, 750 ml $279.99
+Nicolas Feuillatte Réserve Exclusive Brut Champagne, 750 ml $39.99
+Taittinger Brut La Française Champagne, 750 ml $59.99
+Perrier-Jouët Grand Brut Champagne, 750 ml $59.99
+Ruinart Blanc de Blancs Champagne, 750 ml $99.99
CAT prosecco @ Aisle 7 left
La Marca Prosecco, {750 ml:14.99|1.5 L:29.99} $14.99
+La Marca Prosecco Minis, 4 pk 187 ml Bottles $14.99
+Mionetto Prestige Prosecco Brut DOC Treviso, 750 ml $13.99
+Ruffino Prosecco DOC, 750 ml $13.99
+Zonin Prosecco Cuvée 1821, 750 ml $12.99
+Santa Margherita Prosecco Superiore Valdobbiadene, 750 ml $22.99
+Ruffino Prosecco Rosé, 750 ml $14.99
CAT cava & sparkling wine @ Aisle 7 left
Freixenet Cordon Negro Brut Cava, 750 ml $11.99
+Segura Viudas Brut Reserva Cava, 750 ml $10.99
+Codorníu Anna de Codorníu Blanc de Blancs Cava, 750 ml $15.99
+Jaume Serra Cristalino Brut Cava, 750 ml $8.99
+Chandon Brut Sparkling Wine, 750 ml $24.99
+Korbel Brut California Champagne, 750 ml $13.99
+Cook's California Champagne Brut, 750 ml $7.99
+André Brut California Champagne, 750 ml $5.99
+Martini & Rossi Asti Spumante, 750 ml $13.99
CAT port, sherry & dessert wine @ Aisle 7 right
Taylor Fladgate 10 Year Old Tawny Port, 750 ml $34.99
+Graham's Six Grapes Reserve Ruby Port, 750 ml $24.99
+Sandeman Founders Reserve Ruby Port, 750 ml $18.99
Harveys Bristol Cream Sherry, 750 ml $16.99
+Lustau Los Arcos Dry Amontillado Sherry, 750 ml $18.99
+Tío Pepe Palomino Fino Sherry, 750 ml $19.99
Florio Sweet Marsala, 750 ml $13.99
Inniskillin Vidal Icewine, 375 ml $59.99
+Château Guiraud Sauternes, 375 ml $39.99
CAT boxed & jug wine @ Aisle 7 right
Black Box Cabernet Sauvignon, 3 L Box $21.99
+Black Box Chardonnay, 3 L Box $21.99
+Black Box Pinot Grigio, 3 L Box $21.99
+Bota Box Cabernet Sauvignon, 3 L Box $19.99
+Bota Box Pinot Grigio, 3 L Box $19.99
+Franzia Chillable Red, 5 L Box $19.99
+Franzia Crisp White, 5 L Box $19.99
+Franzia Sunset Blush, 5 L Box $19.99
+Franzia Dark Red Blend, 5 L Box $19.99
+Carlo Rossi Paisano, 4 L Jug $15.99
+Almaden Mountain Chablis, 5 L Box $18.99
CAT canned wine & sangria @ Aisle 7 right
Underwood Pinot Noir, 375 ml Can $6.99
+Underwood Rosé Bubbles, 375 ml Can $6.99
+Babe Rosé with Bubbles, 4 pk 250 ml Cans $14.99
+Barefoot Refresh Rosé Spritzer, 4 pk 250 ml Cans $8.99
+Sofia Blanc de Blancs Minis by Francis Ford Coppola, 4 pk 187 ml Cans $19.99
Lolea Sangria Tinta No. 1, 750 ml $14.99
+Eppa SupraFruta Red Sangria, 750 ml $11.99
+Beso del Sol Red Sangria, 750 ml $11.99

DEPT beer
CAT domestic beer @ Beer Cave
Bud Light, {12 pk 12 fl oz Cans:13.99|24 pk 12 fl oz Cans:24.99|30 pk 12 fl oz Cans:26.99} $13.99
+Budweiser, 12 pk 12 fl oz Bottles $13.99
+Coors Light, {12 pk 12 fl oz Cans:13.99|24 pk 12 fl oz Cans:24.99|30 pk 12 fl oz Cans:26.99} $13.99
+Miller Lite, 12 pk 12 fl oz Cans $13.99
+Michelob Ultra, 12 pk 12 fl oz Bottles $15.99
+Busch Light, 30 pk 12 fl oz Cans $22.99
+Natural Light, 30 pk 12 fl oz Cans $20.99
+Pabst Blue Ribbon, {12 pk 12 fl oz Cans:11.99|24 pk 16 fl oz Cans:19.99} $11.99
+Yuengling Traditional Lager, {12 pk 12 fl oz Bottles:14.99|24 pk 12 fl oz Cans:24.99} $14.99
+Miller High Life, 12 pk 12 fl oz Bottles $12.99
+Coors Banquet, 12 pk 12 fl oz Bottles $13.99
CAT imported beer @ Beer Cave
Modelo Especial, {6 pk 12 fl oz Cans:10.99|12 pk 12 fl oz Cans:18.99|24 pk 12 fl oz Cans:32.99} $10.99
+Corona Extra, {6 pk 12 fl oz Bottles:10.99|12 pk 12 fl oz Bottles:18.99|24 pk 12 fl oz Bottles:32.99} $10.99
+Pacifico Clara, 12 pk 12 fl oz Bottles $18.99
+Dos Equis Lager Especial, 12 pk 12 fl oz Bottles $17.99
+Modelo Negra, 12 pk 12 fl oz Bottles $18.99
+Tecate Original, 12 pk 12 fl oz Cans $15.99
+Heineken Lager, 12 pk 12 fl oz Bottles $18.99
+Stella Artois Lager, 12 pk 11.2 fl oz Bottles $18.99
+Guinness Draught Stout, {4 pk 14.9 fl oz Cans:9.99|8 pk 14.9 fl oz Cans:17.99} $9.99
+Peroni Nastro Azzurro, 6 pk 11.2 fl oz Bottles $11.99
+Newcastle Brown Ale, 6 pk 12 fl oz Bottles $10.99
+Foster's Premium Ale, 25.4 fl oz Can $2.99
CAT craft ipa & pale ale @ Aisle 17 left
Lagunitas IPA, {6 pk 12 fl oz Bottles:10.99|12 pk 12 fl oz Cans:18.99} $10.99
+Sierra Nevada Hazy Little Thing IPA, {6 pk 12 fl oz Cans:10.99|12 pk 12 fl oz Cans:18.99} $10.99
Sierra Nevada Pale Ale, 12 pk 12 fl oz Bottles $17.99
+Voodoo Ranger Imperial IPA, 6 pk 12 fl oz Cans $11.99
+Voodoo Ranger Juice Force Hazy Imperial IPA, 6 pk 12 fl oz Cans $12.99
+Bell's Two Hearted IPA, 6 pk 12 fl oz Cans $11.99
+Dogfish Head 60 Minute IPA, 6 pk 12 fl oz Bottles $11.99
+Founders All Day IPA, 15 pk 12 fl oz Cans $19.99
+Cigar City Jai Alai IPA, 6 pk 12 fl oz Cans $11.99
CAT craft lagers & ales @ Aisle 17 right
Samuel Adams Boston Lager, {6 pk 12 fl oz Bottles:10.99|12 pk 12 fl oz Cans:18.99} $10.99
+Blue Moon Belgian White, {6 pk 12 fl oz Bottles:10.99|12 pk 12 fl oz Bottles:18.99} $10.99
+Shiner Bock, 12 pk 12 fl oz Bottles $16.99
+New Belgium Fat Tire Amber Ale, 6 pk 12 fl oz Cans $10.99
+Brooklyn Lager, 6 pk 12 fl oz Bottles $10.99
+Firestone Walker 805 Blonde Ale, 12 pk 12 fl oz Cans $17.99
+Allagash White, 4 pk 16 fl oz Cans $12.99
+Leinenkugel's Summer Shandy, 12 pk 12 fl oz Bottles $16.99
+Weihenstephaner Hefeweissbier, 500 ml Bottle $4.49
+Dogfish Head SeaQuench Ale Session Sour, 6 pk 12 fl oz Cans $11.99
CAT stouts & porters @ Aisle 18 left
Guinness Extra Stout, 6 pk 11.2 fl oz Bottles $10.99
+Left Hand Milk Stout Nitro, 6 pk 12 fl oz Bottles $11.99
+Founders Breakfast Stout, 4 pk 12 fl oz Cans $13.99
+Deschutes Black Butte Porter, 6 pk 12 fl oz Bottles $10.99
+Samuel Smith's Oatmeal Stout, 550 ml Bottle $5.49
+Great Lakes Edmund Fitzgerald Porter, 6 pk 12 fl oz Bottles $10.99
+North Coast Old Rasputin Russian Imperial Stout, 4 pk 12 fl oz Bottles $12.99
CAT hard seltzers & malt beverages @ Beer Cave
White Claw Hard Seltzer Variety Pack No. 1, {12 pk 12 fl oz Cans:18.99|24 pk 12 fl oz Cans:33.99} $18.99
+White Claw Hard Seltzer Black Cherry, 6 pk 12 fl oz Cans $10.99
+Truly Hard Seltzer Berry Mix Pack, 12 pk 12 fl oz Cans $18.99
+High Noon Sun Sips Vodka & Soda Beach Variety Pack, 8 pk 12 fl oz Cans $22.99
Twisted Tea Original Hard Iced Tea, 12 pk 12 fl oz Cans $17.99
+Mike's Hard Lemonade Original, 12 pk 12 fl oz Bottles $17.99
+Smirnoff Ice Original, 6 pk 11.2 fl oz Bottles $10.99
+Four Loko Gold, 23.5 fl oz Can $3.49
CAT hard cider @ Aisle 18 right
Angry Orchard Crisp Apple Hard Cider, {6 pk 12 fl oz Bottles:10.99|12 pk 12 fl oz Cans:17.99} $10.99
+Strongbow Original Dry Cider, 6 pk 12 fl oz Cans $10.99
+Bold Rock Virginia Apple Hard Cider, 6 pk 12 fl oz Cans $10.99
+Ace Pineapple Craft Cider, 6 pk 12 fl oz Cans $10.99
+Stella Artois Cidre, 6 pk 11.2 fl oz Bottles $10.99
CAT non-alcoholic beer & wine @ Aisle 18 right
Heineken 0.0 Non-Alcoholic Beer, 6 pk 11.2 fl oz Bottles $9.99
+Athletic Brewing Run Wild IPA Non-Alcoholic, 6 pk 12 fl oz Cans $12.99
+Athletic Brewing Upside Dawn Golden Non-Alcoholic, 6 pk 12 fl oz Cans $12.99
+Guinness 0 Non-Alcoholic Stout, 4 pk 14.9 fl oz Cans $9.99
+Budweiser Zero Non-Alcoholic, 6 pk 12 fl oz Cans $7.99
Fre Alcohol-Removed Cabernet Sauvignon, 750 ml $7.99
+Fre Alcohol-Removed Brut Sparkling, 750 ml $7.99

DEPT whiskey
CAT bourbon @ Aisle 10 left
Jim Beam Kentucky Straight Bourbon Whiskey, {750 ml:17.99|1.75 L:31.99} $17.99
+Maker's Mark Kentucky Straight Bourbon Whisky, {750 ml:29.99|1.75 L:54.99} $29.99
+Buffalo Trace Kentucky Straight Bourbon Whiskey, {750 ml:29.99|1.75 L:54.99} $29.99
+Wild Turkey 101 Kentucky Straight Bourbon Whiskey, 750 ml $24.99
+Woodford Reserve Kentucky Straight Bourbon Whiskey, 750 ml $36.99
+Woodford Reserve Double Oaked Bourbon Whiskey, 750 ml $54.99
+Bulleit Bourbon Frontier Whiskey, {750 ml:29.99|1.75 L:52.99} $29.99
+Knob Creek 9 Year Kentucky Straight Bourbon Whiskey, 750 ml $36.99
+Evan Williams Black Label Kentucky Straight Bourbon Whiskey, 1.75 L $27.99
+Four Roses Single Barrel Bourbon Whiskey, 750 ml $49.99
+Eagle Rare 10 Year Kentucky Straight Bourbon Whiskey, 750 ml $39.99
+Elijah Craig Small Batch Kentucky Straight Bourbon Whiskey, 750 ml $32.99
+Angel's Envy Kentucky Straight Bourbon Whiskey Finished in Port Wine Barrels, 750 ml $54.99
+Old Forester 86 Proof Kentucky Straight Bourbon Whisky, 750 ml $22.99
+Blanton's Single Barrel Bourbon Whiskey, 750 ml $74.99
+Weller Special Reserve Kentucky Straight Wheated Bourbon Whiskey, 750 ml $29.99
CAT rye whiskey @ Aisle 10 left
Bulleit 95 Rye Frontier Whiskey, 750 ml $29.99
+Rittenhouse Straight Rye Whisky Bottled in Bond, 750 ml $29.99
+Sazerac Straight Rye Whiskey, 750 ml $34.99
+Knob Creek Straight Rye Whiskey, 750 ml $36.99
+WhistlePig 10 Year Straight Rye Whiskey, 750 ml $79.99
+High West Double Rye Whiskey, 750 ml $39.99
CAT scotch whisky @ Aisle 10 right
Johnnie Walker Black Label Blended Scotch Whisky, {750 ml:37.99|1.75 L:79.99} $37.99
+Johnnie Walker Red Label Blended Scotch Whisky, 750 ml $26.99
+Johnnie Walker Blue Label Blended Scotch Whisky, 750 ml $249.99
+Dewar's White Label Blended Scotch Whisky, 750 ml $22.99
+Chivas Regal 12 Year Blended Scotch Whisky, 750 ml $36.99
+Monkey Shoulder Blended Malt Scotch Whisky, 750 ml $34.99
+The Glenlivet 12 Year Single Malt Scotch Whisky, 750 ml $49.99
+Glenfiddich 12 Year Single Malt Scotch Whisky, 750 ml $49.99
+The Macallan 12 Year Double Cask Single Malt Scotch Whisky, 750 ml $74.99
+Laphroaig 10 Year Islay Single Malt Scotch Whisky, 750 ml $59.99
+Lagavulin 16 Year Islay Single Malt Scotch Whisky, 750 ml $99.99
+Talisker 10 Year Isle of Skye Single Malt Scotch Whisky, 750 ml $69.99
+The Balvenie 12 Year DoubleWood Single Malt Scotch Whisky, 750 ml $69.99
CAT irish whiskey @ Aisle 10 right
Jameson Irish Whiskey, {750 ml:29.99|1 L:36.99|1.75 L:54.99} $29.99
+Jameson Black Barrel Irish Whiskey, 750 ml $39.99
+Tullamore D.E.W. Irish Whiskey, 750 ml $27.99
+Bushmills Original Irish Whiskey, 750 ml $24.99
+Redbreast 12 Year Single Pot Still Irish Whiskey, 750 ml $69.99
+Teeling Small Batch Irish Whiskey, 750 ml $34.99
+Proper No. Twelve Irish Whiskey, 750 ml $24.99
CAT tennessee, canadian & world whiskey @ Aisle 11 left
Jack Daniel's Old No. 7 Tennessee Whiskey, {750 ml:26.99|1 L:33.99|1.75 L:49.99} $26.99
+Gentleman Jack Tennessee Whiskey, 750 ml $36.99
+George Dickel No. 12 Tennessee Whisky, 750 ml $24.99
+Crown Royal Fine De Luxe Blended Canadian Whisky, {750 ml:29.99|1.75 L:54.99} $29.99
+Canadian Club 1858 Blended Canadian Whisky, 1.75 L $24.99
+Seagram's 7 Crown American Blended Whiskey, {750 ml:14.99|1.75 L:24.99} $14.99
+Suntory Toki Japanese Whisky, 750 ml $39.99
+Hibiki Harmony Japanese Whisky, 750 ml $89.99
CAT flavored whiskey @ Aisle 11 left
Fireball Cinnamon Whisky, {750 ml:16.99|1.75 L:29.99} $16.99
+Crown Royal Regal Apple Flavored Whisky, 750 ml $29.99
+Crown Royal Peach Flavored Whisky, 750 ml $29.99
+Jack Daniel's Tennessee Honey, 750 ml $27.99
+Jack Daniel's Tennessee Fire, 750 ml $27.99
+Skrewball Peanut Butter Whiskey, 750 ml $29.99

DEPT spirits
CAT vodka @ Aisle 8 left
Tito's Handmade Vodka, {375 ml:11.99|750 ml:19.99|1.75 L:34.99} $19.99
+Smirnoff No. 21 Vodka, {750 ml:13.99|1.75 L:24.99} $13.99
+Absolut Vodka, 750 ml $19.99
+Grey Goose Vodka, 750 ml $32.99
+Ketel One Vodka, 750 ml $24.99
+Belvedere Vodka, 750 ml $32.99
+Svedka Vodka, 1.75 L $19.99
+New Amsterdam Vodka, {750 ml:12.99|1.75 L:21.99} $12.99
+Stoli Premium Vodka, 750 ml $17.99
+Skyy Vodka, 750 ml $14.99
+Pinnacle Vodka, 1.75 L $17.99
+Chopin Potato Vodka, 750 ml $29.99
CAT flavored vodka @ Aisle 8 left
Absolut Citron Vodka, 750 ml $19.99
+Deep Eddy Ruby Red Grapefruit Vodka, 750 ml $19.99
+Deep Eddy Lemon Vodka, 750 ml $19.99
+Pinnacle Whipped Vodka, 750 ml $12.99
+Ketel One Botanical Cucumber & Mint Vodka, 750 ml $24.99
+Absolut Peppar Vodka, 750 ml $19.99
CAT gin @ Aisle 8 right
Tanqueray London Dry Gin, {750 ml:24.99|1.75 L:42.99} $24.99
+Tanqueray No. Ten Gin, 750 ml $34.99
+Bombay Sapphire London Dry Gin, {750 ml:24.99|1.75 L:44.99} $24.99
+Hendrick's Gin, 750 ml $36.99
+Beefeater London Dry Gin, 750 ml $21.99
+Aviation American Gin, 750 ml $29.99
+The Botanist Islay Dry Gin, 750 ml $36.99
+Seagram's Extra Dry Gin, 1.75 L $21.99
+Roku Japanese Craft Gin, 750 ml $29.99
+Empress 1908 Indigo Gin, 750 ml $36.99
+Malfy Gin Con Limone, 750 ml $29.99
CAT rum @ Aisle 9 left
Bacardi Superior White Rum, {750 ml:14.99|1.75 L:26.99} $14.99
+Bacardi Limón Rum, 750 ml $15.99
+Captain Morgan Original Spiced Rum, {750 ml:17.99|1.75 L:29.99} $17.99
+Malibu Original Coconut Rum, {750 ml:17.99|1.75 L:29.99} $17.99
+Kraken Black Spiced Rum, 750 ml $21.99
+Sailor Jerry Spiced Rum, 750 ml $21.99
+Mount Gay Eclipse Rum, 750 ml $24.99
+Appleton Estate Signature Jamaica Rum, 750 ml $21.99
+Diplomático Reserva Exclusiva Rum, 750 ml $39.99
+Goslings Black Seal Rum, 750 ml $21.99
+Ron Zacapa 23 Centenario Rum, 750 ml $49.99
+Myers's Original Dark Rum, 750 ml $22.99
CAT tequila @ Aisle 9 right
Patrón Silver Tequila, {750 ml:44.99|1.75 L:89.99} $44.99
+Patrón Reposado Tequila, 750 ml $49.99
+Don Julio Blanco Tequila, 750 ml $49.99
+Don Julio Reposado Tequila, 750 ml $54.99
+Don Julio Añejo Tequila, 750 ml $59.99
+Don Julio 1942 Añejo Tequila, 750 ml $179.99
+Casamigos Blanco Tequila, 750 ml $49.99
+Casamigos Reposado Tequila, 750 ml $54.99
+Espolòn Blanco Tequila, 750 ml $27.99
+Jose Cuervo Especial Gold Tequila, {750 ml:19.99|1.75 L:36.99} $19.99
+Jose Cuervo Especial Silver Tequila, 750 ml $19.99
+1800 Blanco Tequila, 750 ml $29.99
+Teremana Blanco Tequila, 750 ml $32.99
+Clase Azul Reposado Tequila, 750 ml $169.99
+El Jimador Reposado Tequila, 750 ml $24.99
CAT mezcal @ Aisle 9 right
Del Maguey Vida Mezcal, 750 ml $39.99
+Montelobos Mezcal Joven, 750 ml $39.99
+400 Conejos Espadín Mezcal, 750 ml $34.99
+Ilegal Mezcal Joven, 750 ml $44.99
+Casamigos Mezcal Joven, 750 ml $64.99
CAT brandy & cognac @ Aisle 11 right
Hennessy V.S Cognac, {750 ml:44.99|1.75 L:99.99} $44.99
+Hennessy V.S.O.P Privilège Cognac, 750 ml $64.99
+Hennessy X.O Cognac, 750 ml $239.99
+Rémy Martin VSOP Cognac, 750 ml $54.99
+Courvoisier VS Cognac, 750 ml $34.99
+Martell Blue Swift VSOP Cognac, 750 ml $44.99
+E&J VS Brandy, {750 ml:13.99|1.75 L:24.99} $13.99
+E&J XO Brandy, 750 ml $17.99
+Christian Brothers VS Brandy, 1.75 L $22.99
+Korbel California Brandy, 750 ml $14.99
Laird's Applejack Apple Brandy, 750 ml $21.99

DEPT liqueurs & cordials
CAT liqueurs @ Aisle 12 left
Kahlúa Coffee Liqueur, 750 ml $24.99
+Grand Marnier Cordon Rouge Orange Liqueur, 750 ml $39.99
+Cointreau Orange Liqueur, 750 ml $39.99
+Disaronno Originale Amaretto, 750 ml $29.99
+Jägermeister Herbal Liqueur, 750 ml $26.99
+Chambord Black Raspberry Liqueur, 750 ml $32.99
+St-Germain Elderflower Liqueur, 750 ml $36.99
+Frangelico Hazelnut Liqueur, 750 ml $29.99
+Luxardo Maraschino Originale Liqueur, 750 ml $34.99
+Drambuie Scotch Whisky Liqueur, 750 ml $39.99
+Licor 43 Original, 750 ml $29.99
+Pallini Limoncello, 750 ml $24.99
+Ouzo 12, 750 ml $19.99
Southern Comfort Original, 750 ml $18.99
CAT cordials & schnapps @ Aisle 12 right
DeKuyper Peachtree Schnapps, 750 ml $11.99
+DeKuyper Buttershots Butterscotch Schnapps, 750 ml $11.99
+DeKuyper Hot Damn! Cinnamon Schnapps, 750 ml $11.99
DeKuyper Triple Sec, 1 L $10.99
+DeKuyper Blue Curaçao, 750 ml $10.99
+DeKuyper Sour Apple Pucker, 750 ml $11.99
+DeKuyper Crème de Menthe Green, 750 ml $10.99
+Rumple Minze Peppermint Schnapps, 750 ml $24.99
+Goldschläger Cinnamon Schnapps, 750 ml $21.99
Hiram Walker Sloe Gin, 750 ml $10.99
CAT cream liqueurs @ Aisle 12 right
Baileys Original Irish Cream, {750 ml:27.99|1.75 L:52.99} $27.99
+Baileys Salted Caramel Irish Cream, 750 ml $27.99
+RumChata Horchata Cream Liqueur, 750 ml $24.99
+Carolans Irish Cream, 750 ml $15.99
+Amarula Cream Liqueur, 750 ml $24.99
CAT vermouth & aperitifs @ Aisle 12 left
Martini & Rossi Extra Dry Vermouth, 750 ml $11.99
+Martini & Rossi Rosso Sweet Vermouth, 750 ml $11.99
+Dolin Dry Vermouth de Chambéry, 750 ml $16.99
+Carpano Antica Formula Vermouth, 1 L $39.99
Aperol Aperitivo, {750 ml:26.99|1 L:32.99} $26.99
+Campari Aperitivo, 750 ml $31.99
Lillet Blanc Aperitif Wine, 750 ml $21.99
Fernet-Branca Amaro, 750 ml $32.99

DEPT mixers
CAT tonic, soda & ginger beer @ Aisle 13 left
Fever-Tree Premium Indian Tonic Water, 4 pk 6.8 fl oz Bottles $6.49
Fever-Tree Premium Ginger Beer, 4 pk 6.8 fl oz Bottles $6.49
Fever-Tree Club Soda, 4 pk 6.8 fl oz Bottles $6.49
+Schweppes Tonic Water, 1 L Bottle $2.29
+Schweppes Club Soda, 1 L Bottle $2.29
Schweppes Ginger Ale, 1 L Bottle $2.29
+Canada Dry Ginger Ale, 2 L Bottle $2.99
+Q Mixers Indian Tonic Water, 4 pk 7.5 fl oz Cans $5.99
+Q Mixers Ginger Beer, 4 pk 7.5 fl oz Cans $5.99
+Goslings Stormy Ginger Beer, 6 pk 12 fl oz Cans $6.99
+Bundaberg Ginger Beer, 4 pk 12.7 fl oz Bottles $7.99
Topo Chico Mineral Water, 12 pk 12 fl oz Glass Bottles $14.99
CAT juices & soft drinks @ Aisle 13 left
Ocean Spray Cranberry Juice Cocktail, 64 fl oz $4.49
+Ocean Spray Ruby Red Grapefruit Juice Drink, 64 fl oz $4.49
+Simply Orange Pulp Free Orange Juice, 52 fl oz $4.99
+Dole 100% Pineapple Juice, 46 fl oz Can $3.99
Coca-Cola Classic, {2 L Bottle:2.99|12 pk 12 fl oz Cans:8.49} $2.99
+Sprite, 2 L Bottle $2.99
Red Bull Energy Drink, {8.4 fl oz Can:3.29|4 pk 8.4 fl oz Cans:9.99} $3.29
CAT cocktail mixes @ Aisle 13 right
Jose Cuervo Margarita Mix Classic Lime, {1 L:5.99|1.75 L:7.99} $5.99
+Master of Mixes Margarita Mix, 1.75 L $8.99
Mr & Mrs T Original Bloody Mary Mix, {1 L:4.99|1.75 L:6.99} $4.99
+Zing Zang Bloody Mary Mix, 32 fl oz $6.99
Mr & Mrs T Strawberry Daiquiri-Margarita Mix, 1 L $4.99
Mr & Mrs T Piña Colada Mix, 1 L $4.99
Coco López Cream of Coconut, 15 oz Can $4.49
Finest Call Premium Sweet & Sour Mix, 1 L $5.99
Master of Mixes Mojito Mixer, 1 L $6.99
Rose's Sweetened Lime Juice, 12 fl oz $4.49
+ReaLime 100% Lime Juice, 15 fl oz $3.49
CAT bitters & syrups @ Aisle 14 left
Angostura Aromatic Bitters, 4 fl oz $9.99
+Angostura Orange Bitters, 4 fl oz $9.99
+Peychaud's Aromatic Cocktail Bitters, 10 fl oz $9.99
Rose's Grenadine, 12 fl oz $4.49
+Liber & Co. Real Grenadine, 9.5 fl oz $11.99
Monin Pure Cane Syrup, 750 ml $9.99
+Collins Simple Syrup, 12.7 fl oz $4.99
CAT garnishes @ Aisle 14 left
Luxardo Original Maraschino Cherries, 400 g Jar $24.99
+Collins Maraschino Cherries with Stems, 10 oz Jar $4.99
Filthy Blue Cheese Stuffed Olives, 8 oz Jar $9.99
+Collins Spanish Queen Olives, 8 oz Jar $4.99
Mezzetta Cocktail Onions, 5 oz Jar $3.99
Master of Mixes Margarita Salt, 8 oz $3.99
+Tajín Clásico Chili Lime Seasoning, 5 oz $3.99
CAT ice @ Front Cooler
Reddy Ice Bagged Ice, {7 lb:2.99|20 lb:5.99} $2.99
Reddy Ice Block Ice, 10 lb $3.99

DEPT bar & gifts
CAT bar tools @ Aisle 14 right
OXO Steel Cocktail Shaker, 24 oz $24.99
+Barfly Boston Shaker Tins, 28 oz & 18 oz $14.99
Barfly Japanese Style Jigger, 1 oz x 2 oz $7.99
+OXO Good Grips Angled Measuring Jigger $9.99
Barfly Hawthorne Strainer $9.99
Barfly Muddler, 8 in. $9.99
Barfly Bar Spoon, 12 in. $6.99
Chef'n FreshForce Citrus Juicer $19.99
Tovolo King Cube Ice Trays, 2 pk $12.99
+Tovolo Sphere Ice Molds, 2 pk $12.99
Barfly Speed Bottle Opener $5.99
CAT wine openers @ Aisle 14 right
Pulltap's Double-Hinged Waiter's Corkscrew $9.99
+True Truetap Double Hinged Waiter's Corkscrew $7.99
+OXO Steel Winged Corkscrew $19.99
+Rabbit Original Lever Corkscrew $49.99
Rabbit Electric Wine Opener, Rechargeable $39.99
+Oster Cordless Electric Wine Bottle Opener with Foil Cutter $24.99
CAT wine accessories @ Aisle 15 left
Vinturi Red Wine Aerator $29.99
+Vinturi White Wine Aerator $29.99
+Rabbit Aerating Pourer $12.99
Rabbit Wine Bottle Stoppers, 4 pk $12.99
+OXO Steel Wine Stopper & Pourer $9.99
Vacu Vin Wine Saver Pump with 2 Stoppers $14.99
+Rabbit Sparkling Wine & Champagne Stopper $9.99
Vacu Vin Rapid Ice Wine Cooler Sleeve $14.99
Built NY 2-Bottle Wine Tote, Black $19.99
CAT glassware @ Aisle 15 left
Libbey Vina Red Wine Glasses, 4 pk $19.99
+Schott Zwiesel Tritan Cabernet Wine Glasses, 6 pk $59.99
+Riedel O Stemless Wine Tumblers, 2 pk $29.99
Libbey Champagne Flutes, 4 pk $14.99
Libbey Martini Glasses, 4 pk $16.99
+Libbey Margarita Glasses, 4 pk $17.99
Libbey Heavy Base Rocks Glasses, 4 pk $14.99
Glencairn Whisky Glass, 2 pk $19.99
Libbey Pint Glasses, 4 pk $12.99
Libbey Shot Glasses, 12 pk $9.99
Advanced Mixology Copper Moscow Mule Mugs, 4 pk $34.99
Solo Red Plastic Party Cups, 18 oz, 50 ct $7.99
CAT gift sets @ Aisle 15 right
Jack Daniel's Old No. 7 Gift Set with 2 Glasses, 750 ml $32.99
+Crown Royal Gift Set with 2 Rocks Glasses, 750 ml $34.99
+Johnnie Walker Black Label Holiday Gift Box, 750 ml $39.99
+Hennessy V.S Holiday Gift Box, 750 ml $46.99
+Veuve Clicquot Yellow Label Gift Box with 2 Flutes, 750 ml $79.99
+Tito's Handmade Vodka Gift Set with Copper Mug, 750 ml $24.99
CAT gift bags & boxes @ Aisle 15 right
American Greetings Wine Bottle Gift Bag, {Red Foil|Gold Foil} $2.99
+American Greetings 2-Bottle Wine Gift Bag, Kraft $3.99
True Wooden Wine Box, Single Bottle $14.99
American Greetings Tissue Paper, White, 8 Sheets $1.99

DEPT front store
CAT ready-to-drink cocktails @ Aisle 16 right
Cutwater Tiki Rum Mai Tai, 4 pk 12 fl oz Cans $12.99
+Cutwater Lime Margarita, 4 pk 12 fl oz Cans $12.99
+Cutwater Vodka Mule, 4 pk 12 fl oz Cans $12.99
+Jose Cuervo Authentic Lime Margarita, 1.75 L $15.99
+On The Rocks The Old Fashioned, 375 ml $19.99
+BuzzBallz Chillers Tequila 'Rita, 200 ml $3.99
+Crown Royal Washington Apple Canned Cocktail, 4 pk 12 fl oz Cans $13.99
+Jack Daniel's & Coca-Cola, 4 pk 12 fl oz Cans $12.99
+The Finnish Long Drink Traditional, 6 pk 12 fl oz Cans $12.99
CAT snacks @ Aisle 16 left
Lay's Classic Potato Chips, 8 oz $4.99
+Doritos Nacho Cheese Tortilla Chips, 9.25 oz $5.49
+Tostitos Original Restaurant Style Tortilla Chips, 13 oz $5.49
Tostitos Medium Chunky Salsa, 15.5 oz $4.99
Snyder's of Hanover Mini Pretzels, 16 oz $4.49
Planters Dry Roasted Peanuts, 16 oz $4.99
+Blue Diamond Smokehouse Almonds, 6 oz $5.49
Jack Link's Original Beef Jerky, 2.85 oz $7.99
Carr's Table Water Crackers, 4.25 oz $3.99
Lindt Excellence 70% Cocoa Dark Chocolate Bar, 3.5 oz $3.99
+Cheez-It Original Crackers, 12.4 oz $5.29
CAT minis @ Checkout
Fireball Cinnamon Whisky, 50 ml $1.29
+Tito's Handmade Vodka, 50 ml $2.49
+Jameson Irish Whiskey, 50 ml $2.99
+Jack Daniel's Old No. 7 Tennessee Whiskey, 50 ml $2.99
+Crown Royal Fine De Luxe Blended Canadian Whisky, 50 ml $2.99
+Patrón Silver Tequila, 50 ml $4.99
+Hennessy V.S Cognac, 50 ml $4.49
+Captain Morgan Original Spiced Rum, 50 ml $1.49
+Baileys Original Irish Cream, 50 ml $2.49
+Jägermeister Herbal Liqueur, 50 ml $1.99
Sutter Home Cabernet Sauvignon, 187 ml $2.49
+Sutter Home Chardonnay, 187 ml $2.49
CAT lighters, mints & gum @ Checkout
BIC Classic Lighter, {1 ct:1.99|5 pk:7.99} $1.99
+Clipper Refillable Lighter $1.79
+Zippo Classic Brushed Chrome Windproof Lighter $24.99
Altoids Curiously Strong Mints, Peppermint, 1.76 oz $2.99
Trident Sugar Free Gum, Original Mint, 14 ct $1.49
"""

RED = ["cabernet sauvignon", "merlot", "pinot noir", "malbec", "zinfandel", "red blends", "italian red wine",
       "spanish & portuguese red wine", "syrah & shiraz", "french red wine", "fine wine"]
NOT_WHITE = r"^(?!.*chardonnay)"
WHITE = ["chardonnay", "sauvignon blanc", "pinot grigio", "riesling", "other white wine"]
BEER = ["domestic beer", "imported beer", "craft ipa & pale ale", "craft lagers & ales", "stouts & porters"]
WHISKEY = ["bourbon", "rye whiskey", "scotch whisky", "irish whiskey", "tennessee, canadian & world whiskey",
           "flavored whiskey"]
CAB = ["cabernet sauvignon", "fine wine", "boxed & jug wine"]
CHARD = ["chardonnay", "fine wine", "boxed & jug wine"]
PG = ["pinot grigio", "boxed & jug wine"]
SPARKLING = ["champagne", "prosecco", "cava & sparkling wine"]
OPENER = r"corkscrew|opener"

QUESTIONS = [
    # plain locate, the way people ask
    ("where is the cabernet", CAB, r"cabernet"),
    ("do you carry merlot", ["merlot", "fine wine"], r"merlot"),
    ("pinot noir", ["pinot noir", "fine wine", "canned wine & sangria"], r"pinot noir"),
    ("malbec from argentina", ["malbec"], None),
    ("where would i find zinfandel", ["zinfandel"], None),
    ("red blends", ["red blends"], None),
    ("chianti", ["italian red wine"], r"chianti"),
    ("do you have any rioja", ["spanish & portuguese red wine"], r"rioja"),
    ("sauvignon blanc", ["sauvignon blanc"], None),
    ("where's the pinot grigio", PG, r"pinot gri"),
    ("riesling", ["riesling"], None),
    ("where's the moscato", ["moscato & sweet wine", "rosé & blush"], r"moscato"),
    ("rosé wine", ["rosé & blush"], r"ros[ée]"),
    ("where is your champagne", ["champagne", "cava & sparkling wine"], r"champagne"),
    ("prosecco", ["prosecco"], None),
    ("port wine", ["port, sherry & dessert wine"], r"\bport\b"),
    ("cream sherry", ["port, sherry & dessert wine"], r"sherry"),
    ("boxed wine", ["boxed & jug wine"], r"\bbox\b"),
    ("sangria", ["canned wine & sangria"], r"sangria"),
    ("where are the IPAs", ["craft ipa & pale ale"], r"IPA"),
    ("stout", ["stouts & porters", "imported beer"], r"stout"),
    ("bud light", ["domestic beer"], r"bud light"),
    ("where's the modelo", ["imported beer"], r"modelo"),
    ("white claw", ["hard seltzers & malt beverages"], r"white claw"),
    ("hard cider", ["hard cider"], None),
    ("non alcoholic beer", ["non-alcoholic beer & wine"], r"non-alcoholic"),
    ("vodka", ["vodka", "flavored vodka"], None),
    ("where's your gin", ["gin"], None),
    ("rum", ["rum"], None),
    ("tequila", ["tequila"], None),
    ("bourbon", ["bourbon"], None),
    ("scotch", ["scotch whisky"], None),
    ("irish whiskey", ["irish whiskey"], None),
    ("cognac", ["brandy & cognac", "gift sets"], r"cognac|hennessy"),
    ("coffee liqueur", ["liqueurs"], r"coffee"),
    ("triple sec", ["cordials & schnapps", "liqueurs"], r"triple sec|cointreau|grand marnier"),
    ("tonic water", ["tonic, soda & ginger beer"], r"tonic"),
    ("club soda", ["tonic, soda & ginger beer"], r"club soda|mineral water"),
    ("do you have ginger beer", ["tonic, soda & ginger beer"], r"ginger beer"),
    ("margarita mix", ["cocktail mixes"], r"margarita"),
    ("bloody mary mix", ["cocktail mixes"], r"bloody mary"),
    ("bitters", ["bitters & syrups"], r"bitters"),
    ("grenadine", ["bitters & syrups"], r"grenadine"),
    ("maraschino cherries", ["garnishes"], r"cherries"),
    ("do you have olives for martinis", ["garnishes"], r"olives"),
    ("corkscrew", ["wine openers"], OPENER),
    ("wine aerator", ["wine accessories"], r"aerat"),
    ("a stopper for an open bottle of wine", ["wine accessories"], r"stopper|saver"),
    ("cocktail shaker", ["bar tools"], r"shaker"),
    ("jigger", ["bar tools"], r"jigger"),
    ("wine glasses", ["glassware"], r"wine glass|wine tumbler"),
    ("bag of ice", ["ice"], r"bagged"),
    ("where are the chips", ["snacks"], r"chips"),
    ("gift bag for a bottle of wine", ["gift bags & boxes"], r"gift bag|wine box"),
    ("canned cocktails", ["ready-to-drink cocktails"], r"cans\b|canned"),
    ("do you sell lighters", ["lighters, mints & gum"], r"lighter"),
    # brand names used for the thing
    ("tito's", ["vodka", "minis", "gift sets"], r"tito's"),
    ("fireball", ["flavored whiskey", "minis"], r"fireball"),
    ("jack daniels", ["tennessee, canadian & world whiskey", "minis", "gift sets"], r"jack daniel's old no"),
    ("hennessy", ["brandy & cognac", "minis", "gift sets"], r"hennessy"),
    ("crown royal", ["tennessee, canadian & world whiskey", "flavored whiskey", "minis", "gift sets"], r"crown royal"),
    # misspellings and sound-alikes
    ("chardonay", CHARD, r"chardonnay"),
    ("cabernet savignon", CAB, r"cabernet"),
    ("tequilla", ["tequila"], None),
    ("jamison whiskey", ["irish whiskey", "minis"], r"jameson"),
    ("pino grigio", PG, r"pinot gri"),
    ("guiness", ["imported beer", "stouts & porters"], r"guinness (draught|extra)"),
    ("bailys irish cream", ["cream liqueurs", "minis"], r"baileys"),
    # needs, who-for and occasions
    ("a nice red to bring to dinner", RED, NOT_WHITE),
    ("something for a margarita night", ["tequila", "cocktail mixes", "ready-to-drink cocktails", "cordials & schnapps",
                                         "liqueurs", "garnishes", "glassware"], r"tequila|margarita|'rita|triple sec|cointreau"),
    ("we're celebrating an engagement, what do you have that's bubbly", SPARKLING, None),
    ("what do i need to make mojitos", ["rum", "cocktail mixes"], r"bacardi|white rum|mojito"),
    ("a gift for my dad, he drinks whiskey", WHISKEY + ["gift sets"], r"whisk|bourbon|\brye\b|jack daniel|crown royal|johnnie walker"),
    ("my wife likes sweet white wine", ["moscato & sweet wine", "riesling"], r"moscato|riesling|peach"),
    ("beer for a bbq, like 20 people", ["domestic beer", "imported beer", "craft ipa & pale ale"], r"\b(24|30|15) pk"),
    ("what do i need for moscow mules", ["vodka", "tonic, soda & ginger beer", "glassware", "ready-to-drink cocktails"],
     r"vodka|ginger beer|mule mug"),
    ("an easy wine opener for my mom, she has arthritis", ["wine openers"], r"electric|lever"),
    # a Spanish word in an English question
    ("where do you keep the cerveza", BEER, None),
    ("vino tinto for a party", RED, NOT_WHITE),
    ("i need hielo for the cooler", ["ice"], None),
    ("a vino blanco to go with fish", WHITE, None),
    ("where are the sacacorchos", ["wine openers"], OPENER),
    # price checks
    ("how much is a 1.75 of tito's", None, r"Tito's Handmade Vodka, 1\.75 L", "price"),
    ("price on the kim crawford sauvignon blanc", None, r"Kim Crawford", "price"),
    ("how much is a 30 pack of coors light", None, r"Coors Light, 30 pk", "price"),
    ("what does a bottle of veuve clicquot cost", None, r"Veuve Clicquot Yellow Label Brut Champagne, 750 ml", "price"),
    ("how much is buffalo trace", None, r"Buffalo Trace", "price"),
    ("price of the josh cabernet", None, r"Josh Cellars Cabernet", "price"),
    ("how much for a 12 pack of modelo", None, r"Modelo Especial, 12 pk", "price"),
    ("how much is the casamigos blanco", None, r"Casamigos Blanco", "price"),
    ("how much is a 20 lb bag of ice", None, r"Bagged Ice, 20 lb", "price"),
    ("what's the price on the rabbit electric wine opener", None, r"Rabbit Electric", "price"),
    # stock checks
    ("do you have any blanton's", None, r"Blanton", "stock"),
    ("is the whispering angel in stock", None, r"Whispering Angel", "stock"),
    ("is the clase azul reposado in stock", None, r"Clase Azul", "stock"),
    ("is dom perignon in stock", None, r"Dom P", "stock"),
    ("is the weller special reserve in stock", None, r"Weller", "stock"),
    ("do you have the hazy little thing 12 pack in stock", None, r"Hazy Little Thing IPA, 12 pk", "stock"),
    ("do you have don julio 1942 in stock", None, r"1942", "stock"),
    ("any lagavulin 16 left", None, r"Lagavulin", "stock"),
    # not carried (many share a word or a shelf with something stocked)
    ("do you sell cigars", None, None, "absent"),
    ("can i get a pack of marlboros", None, None, "absent"),
    ("lottery tickets", None, None, "absent"),
    ("do you have kegs", None, None, "absent"),
    ("homebrew kit for making beer", None, None, "absent"),
    ("a wine fridge", None, None, "absent"),
    ("absinthe", None, None, "absent"),
    ("fresh limes", None, None, "absent"),
    ("vape pens", None, None, "absent"),
    ("cbd gummies", None, None, "absent"),
    ("rolling papers", None, None, "absent"),
    ("can i get a growler filled", None, None, "absent"),
    ("dry ice", None, None, "absent"),
    ("beer pong table", None, None, "absent"),
    ("half and half for white russians", None, None, "absent"),
    ("zyn nicotine pouches", None, None, "absent"),
    ("a hookah", None, None, "absent"),
    ("an oak barrel to age my own whiskey", None, None, "absent"),
    ("advil for a headache", None, None, "absent"),
    ("a birthday card", None, None, "absent"),
]

HELDOUT_B = [
    # other names, British and Australian words, slang
    ("a goon bag for the party", ["boxed & jug wine"], r"\bbox\b"),
    ("some cheap plonk", ["boxed & jug wine", "cabernet sauvignon", "merlot", "red blends", "chardonnay", "pinot grigio",
                          "moscato & sweet wine"], r"\bbox\b|\bjug\b|barefoot|woodbridge|sutter home|cavit|gallo"),
    ("bubbly for new year's eve", SPARKLING, None),
    ("champers", ["champagne", "cava & sparkling wine"], r"champagne"),
    ("a slab of corona", ["imported beer"], r"corona extra, 24 pk"),
    ("tinnies for the footy", BEER, r"\bcans?\b"),
    ("a handle of vodka", ["vodka"], r"1\.75 L"),
    ("a fifth of jack", ["tennessee, canadian & world whiskey"], r"jack daniel's old no\. 7 tennessee whiskey, 750 ml"),
    ("grab me a sixer of ipa", ["craft ipa & pale ale"], r"IPA, 6 pk"),
    ("stuff for a g&t", ["gin", "tonic, soda & ginger beer"], r"\bgin\b|tonic"),
    ("ice for the esky", ["ice"], None),
    ("fizzy water", ["tonic, soda & ginger beer"], r"club soda|mineral water"),
    ("crisps", ["snacks"], r"chips"),
    ("single malt", ["scotch whisky"], r"single malt"),
    ("a thirty rack of busch light", ["domestic beer"], r"busch light"),
    ("henny", ["brandy & cognac", "minis", "gift sets"], r"hennessy"),
    ("a bottle of jager", ["liqueurs", "minis"], r"j[äa]germeister"),
    ("lime cordial", ["cocktail mixes"], r"lime juice"),
    ("pink wine", ["rosé & blush"], None),
    ("a decent drop of shiraz", ["syrah & shiraz", "fine wine"], r"shiraz"),
    ("a bottle of voddy", ["vodka", "flavored vodka"], None),
    # misspellings
    ("mascato", ["moscato & sweet wine", "rosé & blush"], r"moscato"),
    ("savignon blanc", ["sauvignon blanc"], None),
    ("kalua", ["liqueurs"], r"kahl"),
    ("bombay saphire", ["gin"], r"bombay sapphire"),
    ("reisling", ["riesling"], None),
    # needs and who-for
    ("something for the designated driver", ["non-alcoholic beer & wine"], None),
    ("my mother-in-law likes sweet pink wine", ["rosé & blush", "boxed & jug wine"], r"white zinfandel|pink moscato|blush"),
    ("smoky scotch from islay", ["scotch whisky"], r"islay"),
    ("something to mix with dark rum for a dark and stormy", ["tonic, soda & ginger beer"], r"ginger beer"),
    ("something to open beer bottles", ["bar tools", "wine openers"], r"speed bottle opener|waiter's corkscrew"),
    # Spanish words
    ("vino rosado", ["rosé & blush"], r"ros[ée]"),
    ("some chelas for the game", BEER, None),
    ("tequila añejo", ["tequila"], r"a[ñn]ejo"),
    ("refrescos to mix with", ["juices & soft drinks", "tonic, soda & ginger beer"], r"coca-cola|sprite|ginger ale"),
    # price checks
    ("how much is a handle of captain morgan", None, r"Captain Morgan Original Spiced Rum, 1\.75 L", "price"),
    ("price of a slab of corona", None, r"Corona Extra, 24 pk", "price"),
    ("how much is aperol", None, r"Aperol", "price"),
    ("how much for the big bottle of jameson", None, r"Jameson Irish Whiskey, 1\.75 L", "price"),
    ("cost of a goon of franzia chillable red", None, r"Franzia Chillable Red", "price"),
    # stock checks
    ("is the empress gin in stock", None, r"Empress", "stock"),
    ("any eagle rare in stock", None, r"Eagle Rare", "stock"),
    ("do you have the athletic brewing run wild in stock", None, r"Run Wild", "stock"),
    ("is hibiki harmony in stock", None, r"Hibiki", "stock"),
    # not carried
    ("pack of smokes", None, None, "absent"),
    ("fresh mint for mojitos", None, None, "absent"),
    ("kombucha", None, None, "absent"),
    ("a crystal decanter for my whisky", None, None, "absent"),
    ("scratchies", None, None, "absent"),
    ("everclear", None, None, "absent"),
]

FORCE_OOS = [r"Blanton", r"Clase Azul", r"Weller", r"1942", r"Eagle Rare", r"Hibiki"]
FORCE_IN = [r"Whispering Angel", r"Dom P", r"Hazy Little Thing IPA, 12 pk", r"Lagavulin", r"Empress", r"Run Wild"]


def _spec(t):
    return (t[0], t[1], t[2], t[3] if len(t) > 3 else None)


if __name__ == '__main__':
    run(CATALOG, [_spec(t) for t in QUESTIONS], 'liquor', 'lq', 4817, FORCE_OOS, FORCE_IN,
        heldout_b=[_spec(t) for t in HELDOUT_B])
