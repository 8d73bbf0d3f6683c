#!/usr/bin/env python3
"""Generates the electronics store (consumer electronics): catalog.csv, questions.jsonl and
questions-heldout-b.jsonl."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from blindcommon import run

CATALOG = r"""
DEPT tv & home theater
CAT televisions @ TV Wall
Samsung Crystal UHD DU7200 4K Smart TV, {43 in.:279.99|55 in.:379.99|65 in.:479.99} $279.99
+LG UQ75 4K UHD Smart webOS TV, 65 in. $449.99
+Sony Bravia 3 4K HDR Google TV, 65 in. $799.99
+TCL S4 4K UHD Roku TV, 55 in. $299.99
+Hisense U8 Mini-LED ULED 4K Google TV, 65 in. $999.99
+Vizio V-Series 4K UHD LED Smart TV, 50 in. $279.99
+Insignia F30 Series 4K UHD Fire TV, 50 in. $249.99
+LG OLED evo C4 4K Smart TV, 65 in. $1999.99
+Samsung S90D OLED 4K Smart TV, 65 in. $1999.99
+Samsung The Frame QLED 4K Smart TV, 55 in. $1299.99
+TCL QM7 QLED 4K Google TV, 85 in. $1799.99
+Roku Select Series HD Smart TV, 32 in. $149.99
+Insignia N10 Series HD Fire TV, 24 in. $99.99
CAT tv mounts @ Aisle 1 left
Sanus Full-Motion TV Wall Mount, fits {19-43 in.:59.99|42-90 in.:149.99} $59.99
+Sanus Tilting TV Wall Mount, fits 40-85 in. $79.99
+Rocketfish Fixed TV Wall Mount, fits 32-75 in. $49.99
+Echogear Ceiling TV Mount, fits 32-75 in. $89.99
+Sanus Universal Soundbar Mount, Black $39.99
Rocketfish In-Wall Power and Cable Management Kit $59.99
+D-Line Cord Cover Raceway Kit, White, 5 ft $19.99
CAT soundbars @ Aisle 1 right
Sonos Beam Gen 2 Smart Soundbar, {Black|White} $499.00
+Sonos Arc Ultra Smart Soundbar, Black $999.00
+Bose Smart Soundbar, Black $499.00
+Samsung HW-B550 2.1 Channel Soundbar with Wireless Subwoofer $199.99
+Vizio V21 2.1 Channel Home Theater Soundbar with Subwoofer $129.99
+Roku Streambar SE 2-in-1 Soundbar and 4K Streamer $99.99
+JBL Bar 500 5.1 Channel Soundbar with Dolby Atmos $599.99
CAT home theater audio @ Aisle 1 right
Denon AVR-S670H 5.2 Channel 8K AV Receiver $499.00
+Yamaha RX-V4A 5.2 Channel AV Receiver $549.95
Klipsch Reference R-51M Bookshelf Speakers, Pair $299.99
+Polk Audio Monitor XT15 Bookshelf Speakers, Pair $149.99
+Polk Audio Monitor XT12 Powered Subwoofer, 12 in. $249.99
+Sonos Sub Mini Wireless Subwoofer, Black $429.00
Monoprice 16 AWG Speaker Wire, 100 ft $19.99
CAT streaming devices @ Aisle 2 left
Roku Express HD Streaming Device $29.99
+Roku Streaming Stick 4K $49.99
+Roku Ultra 4K Streaming Player with Voice Remote Pro $99.99
+Amazon Fire TV Stick 4K $49.99
+Amazon Fire TV Stick Lite $29.99
+Amazon Fire TV Cube, 3rd Gen $139.99
+Apple TV 4K, Wi-Fi, 64 GB $129.00
+Google TV Streamer 4K $99.99
CAT blu-ray dvd players @ Aisle 2 left
Sony BDP-S3700 Blu-ray Disc Player with Wi-Fi $98.00
+Sony UBP-X700 4K Ultra HD Blu-ray Player $199.99
+LG UBK80 4K Ultra HD Blu-ray Player $149.99
+Sony DVP-SR510H DVD Player with HDMI $49.99
+Sylvania Portable DVD Player, 10 in. Swivel Screen $79.99
+Insignia Portable DVD Player, 9 in. Screen $69.99
CAT tv antennas @ Aisle 2 right
Mohu Leaf 50 Amplified Indoor HDTV Antenna, 60 Mile Range $59.99
+1byone Amplified Indoor HDTV Antenna, 80 Mile Range $29.99
+Channel Master Flatenna Indoor TV Antenna, 35 Mile Range $19.99
+GE Pro Outdoor Yagi TV Antenna, 70 Mile Range $69.99
+Winegard Elite 7550 Outdoor HDTV Antenna with Preamp $149.99
Tablo 4th Gen 2-Tuner Over-the-Air DVR $99.99
CAT remote controls @ Aisle 2 right
GE Universal Remote Control, 4 Device, Black $12.99
+GE Big Button Universal Remote Control, 3 Device $14.99
+Philips Universal Remote Control, 6 Device, Backlit $19.99
+Logitech Harmony 665 Advanced Universal Remote $69.99
+One For All Replacement Remote for Samsung TVs $19.99
+One For All Replacement Remote for Vizio TVs $19.99
+Roku Voice Remote Pro, 2nd Edition $29.99
CAT projectors @ Home Theater Showroom
Epson Home Cinema 2350 4K PRO-UHD Smart Projector $1299.99
+Epson EpiqVision Mini EF21 Laser Projector $899.99
+Anker Nebula Capsule 3 Portable Projector $549.99
+XGIMI MoGo 3 Pro Portable Projector $449.00
+Vankyo Leisure 3 Mini Projector $89.99
Elite Screens Manual Pull-Down Projector Screen, 100 in. $129.99
Vivo Universal Projector Ceiling Mount $29.99

DEPT cables & power
CAT hdmi cables @ Aisle 3 left
Insignia 4K HDMI Cable, {3 ft:14.99|6 ft:19.99|12 ft:29.99} $14.99
+Amazon Basics High-Speed HDMI Cable, 6 ft, 2 pk $9.99
+Belkin Ultra High Speed 8K HDMI 2.1 Cable, 6.6 ft $34.99
+Cable Matters Braided 8K HDMI Cable, 10 ft $19.99
+Monoprice Active In-Wall HDMI Cable, 50 ft $59.99
CAT audio video cables @ Aisle 3 left
Insignia Optical Digital Audio Cable, Toslink, 6 ft $19.99
+Amazon Basics 3.5 mm Auxiliary Audio Cable, 4 ft $6.99
+Monoprice RCA Stereo Audio Cable, 2 RCA to 2 RCA, 6 ft $5.99
+Monoprice 3.5 mm to 2 RCA Y Cable, 6 ft $4.99
+RCA Composite Audio Video Cable, 3 RCA, 6 ft $7.99
+RCA RG6 Coaxial Cable, {6 ft:7.99|25 ft:14.99}, Black $7.99
+RCA Coaxial Cable Splitter, 2-Way $5.99
CAT computer cables @ Aisle 3 right
Insignia Cat6 Ethernet Cable, {7 ft:12.99|25 ft:19.99}, Blue $12.99
+Amazon Basics USB-A to USB-B Printer Cable, 6 ft $6.99
+Cable Matters DisplayPort to DisplayPort Cable, 6 ft $12.99
+Cable Matters VGA Monitor Cable, 6 ft $9.99
+Cable Matters DVI to HDMI Cable, 6 ft $9.99
+Insignia USB 3.0 Extension Cable, 10 ft $14.99
CAT adapters converters @ Aisle 3 right
Insignia USB-C to HDMI Adapter $24.99
+Apple USB-C Digital AV Multiport Adapter $69.00
+Apple Lightning Digital AV Adapter $49.00
+Monoprice HDMI to VGA Adapter with Audio $14.99
+Apple Lightning to 3.5 mm Headphone Jack Adapter $9.00
+Apple USB-C to 3.5 mm Headphone Jack Adapter $9.00
+Cable Matters USB-C to Gigabit Ethernet Adapter $19.99
Insignia 3-Port 4K HDMI Switch $29.99
+Monoprice Digital to Analog Audio Converter, Optical to RCA $19.99
Ceptics Travel Plug Adapter, USA to Europe Type C, 2 pk $11.99
+Epicka Universal Travel Adapter with USB-C, Worldwide $29.99
CAT power strips surge protectors @ Aisle 4 left
Belkin 12-Outlet Surge Protector, 8 ft Cord, 3940 Joules $39.99
+Belkin 6-Outlet Surge Protector, 2 ft Cord, 720 Joules $12.99
+APC SurgeArrest 11-Outlet Surge Protector with USB, 2880 Joules $34.99
+Anker 351 Power Strip, 12 Outlets, 3 USB, 5 ft $35.99
+Belkin 3-Outlet Wall Mount Surge Protector with 2 USB $19.99
+GE 6-Outlet Power Strip, 3 ft Cord, White $7.99
APC Back-UPS 600VA Battery Backup, 7 Outlets $79.99
+CyberPower CP1500AVRLCD UPS Battery Backup, 1500VA $199.99
GE Indoor Extension Cord, 3 Outlet, 9 ft, White $7.99
CAT batteries @ Aisle 4 right
Duracell Coppertop AA Alkaline Batteries, {4 pk:6.49|20 pk:18.99} $6.49
+Duracell Coppertop AAA Alkaline Batteries, {4 pk:6.49|20 pk:18.99} $6.49
+Energizer MAX AA Alkaline Batteries, 8 pk $10.99
+Energizer MAX AAA Alkaline Batteries, 8 pk $10.99
+Energizer Ultimate Lithium AA Batteries, 4 pk $11.99
+Duracell Coppertop C Alkaline Batteries, 4 pk $9.99
+Duracell Coppertop D Alkaline Batteries, 4 pk $10.99
+Energizer MAX 9V Alkaline Batteries, 2 pk $9.99
+Duracell 2032 Lithium Coin Battery, {2 pk:6.99|4 pk:9.99} $6.99
+Energizer 357/303 Silver Oxide Watch Battery, 1 pk $4.49
+Rayovac Hearing Aid Batteries, Size 312, 16 pk $11.99
+Energizer CR123A Lithium Photo Battery, 2 pk $13.99
Panasonic eneloop AA Rechargeable Batteries, {4 pk:16.99|8 pk:29.99} $16.99
+Panasonic eneloop AAA Rechargeable Batteries, 4 pk $14.99
Energizer Recharge Pro Battery Charger with 4 AA Rechargeable Batteries $24.99

DEPT mobile
CAT cell phones @ Mobile Center
Apple iPhone 16, 128 GB, Black, Unlocked $799.00
+Apple iPhone 16 Pro Max, 256 GB, Desert Titanium, Unlocked $1199.00
+Apple iPhone 15, 128 GB, Black, Unlocked $699.00
+Samsung Galaxy S24, 128 GB, Onyx Black, Unlocked $799.99
+Samsung Galaxy A15 5G, 64 GB, Blue Black, Unlocked $199.99
+Google Pixel 9, 128 GB, Obsidian, Unlocked $799.00
+Google Pixel 8a, 128 GB, Bay, Unlocked $499.00
+Motorola Moto G Play 2024, 64 GB, Unlocked $149.99
+Lively Jitterbug Smart4 Smartphone for Seniors $149.99
+Lively Jitterbug Flip2 Cell Phone for Seniors, Red $99.99
+Nokia 2780 Flip Phone, Unlocked, Blue $89.99
CAT phone cases @ Aisle 5 left
OtterBox Defender Series Case for iPhone 16, Black $59.95
+OtterBox Commuter Series Case for iPhone 15, Black $49.95
+OtterBox Symmetry Series MagSafe Case for iPhone 16 Pro Max, Clear $59.95
+Speck Presidio2 Grip Case for iPhone 16, Clear $44.99
+Apple iPhone 16 Silicone Case with MagSafe, Denim $49.00
+Insignia Wallet Folio Case for iPhone 15, Black $29.99
+OtterBox Defender Series Case for Samsung Galaxy S24, Black $59.95
+Insignia Hard Shell Case for Samsung Galaxy A15 5G, Clear $19.99
PopSockets PopGrip Phone Grip, {Black|Marble} $14.99
+Insignia Waterproof Phone Pouch, Universal $14.99
CAT screen protectors @ Aisle 5 left
ZAGG InvisibleShield Glass Elite Screen Protector for {iPhone 16:44.99|iPhone 16 Pro Max:49.99|iPhone 15:39.99} $44.99
+Insignia Tempered Glass Screen Protector for {Samsung Galaxy S24:24.99|Samsung Galaxy A15:19.99|Google Pixel 9:24.99}, 2 pk $24.99
+ZAGG InvisibleShield Glass Screen Protector for iPad 10.9 in. $49.99
CAT item trackers @ Aisle 5 left
Apple AirTag, {1 pk:29.00|4 pk:99.00} $29.00
+Tile Mate Bluetooth Tracker, 2 pk $44.99
+Samsung Galaxy SmartTag2, Black $29.99
Belkin Secure Holder with Key Ring for AirTag, White $12.99
CAT phone chargers @ Aisle 5 right
Apple 20W USB-C Power Adapter, White $19.00
+Apple 35W Dual USB-C Port Compact Power Adapter $59.00
+Anker 511 Nano USB-C Charger, 20W $15.99
+Samsung 25W Super Fast Charging Wall Charger, USB-C, Black $19.99
+Belkin BoostCharge 40W Dual USB-C Wall Charger $29.99
Apple MagSafe Charger, 1 m $39.00
+Belkin BoostCharge Pro 3-in-1 Wireless Charging Stand with MagSafe $129.99
+Anker 313 Wireless Charger Pad, 10W $15.99
+Samsung 15W Wireless Charger Pad, Black $39.99
CAT charging cables @ Aisle 5 right
Apple USB-C to Lightning Cable, 1 m $19.00
+Apple 60W USB-C Charge Cable, 1 m $19.00
+Anker 541 USB-C to Lightning Cable, 6 ft $19.99
+Belkin BoostCharge USB-C to USB-C Cable, 6.6 ft $19.99
+Insignia USB-A to USB-C Cable, 3 ft $14.99
+Insignia USB-A to Lightning Cable, 6 ft $19.99
+Insignia USB-A to Micro USB Cable, 6 ft $12.99
+Anker 3-in-1 Charging Cable, Lightning / USB-C / Micro USB, 4 ft $16.99
CAT power banks @ Aisle 6 left
Anker 313 Power Bank, 10000 mAh $21.99
+Anker 737 Power Bank, 24000 mAh, 140W $109.99
+Anker MagGo Magnetic Power Bank, 10000 mAh $69.99
+Mophie Powerstation Plus Portable Battery, 10000 mAh $59.99
+Belkin BoostCharge Plus Power Bank with Built-In Cables, 10000 mAh $49.99
+Insignia Portable Charger, 5000 mAh, Black $24.99
Jackery Explorer 300 Plus Portable Power Station $299.00
+Anker SOLIX C1000 Portable Power Station $499.00
CAT car electronics @ Aisle 6 left
Garmin Dash Cam Mini 2 $129.99
+Rove R2-4K Dash Cam $99.99
Belkin BoostCharge Dual USB-C Car Charger, 40W $24.99
+Insignia Dual USB-A Car Charger, 24W $19.99
+Anker Roav SmartCharge F0 Bluetooth FM Transmitter $24.99
iOttie Easy One Touch 5 Dashboard and Windshield Phone Mount $24.95
+iOttie Easy One Touch 5 Air Vent Phone Mount $19.95
Cobra RAD 480i Radar Detector $149.95
+Garmin DriveSmart 66 GPS Navigator, 6 in. $199.99
CAT tablets e-readers @ Mobile Center
Apple iPad 10.9 in., Wi-Fi, 64 GB, Blue $349.00
+Apple iPad Air 11 in., M2, Wi-Fi, 128 GB, Space Gray $599.00
+Apple iPad Pro 13 in., M4, Wi-Fi, 256 GB, Space Black $1299.00
+Apple iPad mini, A17 Pro, Wi-Fi, 128 GB, Starlight $499.00
+Samsung Galaxy Tab A9+, 11 in., 64 GB, Graphite $219.99
+Amazon Fire HD 10 Tablet, 10.1 in., 32 GB, Black $139.99
+Amazon Fire HD 8 Kids Tablet, 32 GB, Blue Kid-Proof Case $129.99
Amazon Kindle Paperwhite, 16 GB, Black $159.99
+Amazon Kindle, 16 GB, Black $109.99
+Kobo Clara BW eReader, 6 in. $129.99
CAT tablet accessories @ Aisle 6 right
Apple Pencil Pro $129.00
+Apple Pencil, USB-C $79.00
+Logitech Crayon Digital Pencil for iPad $69.99
Apple Magic Keyboard for iPad Pro 13 in., M4, Black $349.00
+Logitech Combo Touch Keyboard Case for iPad 10th Gen $159.99
+OtterBox Defender Series Case for iPad 10.9 in., Black $69.95
+Insignia Folio Case for iPad 10.9 in., Navy $29.99
+Insignia Adjustable Tablet Stand, Aluminum $24.99
CAT smartwatches @ Mobile Center
Apple Watch Series 10 GPS, 42 mm, Jet Black Aluminum, Sport Band $399.00
+Apple Watch SE GPS, 40 mm, Midnight Aluminum, Sport Band $249.00
+Apple Watch Ultra 2, 49 mm, Black Titanium, Trail Loop $799.00
+Samsung Galaxy Watch7, 44 mm, Green $329.99
+Google Pixel Watch 3, 41 mm, Polished Silver $349.99
+Fitbit Charge 6 Fitness Tracker, Obsidian $159.95
+Fitbit Inspire 3 Fitness Tracker, Midnight Zen $99.95
Apple Watch Sport Band, 45 mm, Midnight $49.00
+Insignia Nylon Sport Loop Band for Apple Watch, 42/44/45 mm, Black $19.99
+Apple Watch Magnetic Fast Charger to USB-C Cable, 1 m $29.00
CAT home phones @ Aisle 12 right
Panasonic DECT 6.0 Cordless Phone with Answering Machine, 2 Handsets $79.99
+VTech DECT 6.0 Cordless Phone, 1 Handset, Silver $29.99
+VTech SN5127 Amplified Big Button Cordless Phone for Seniors $59.99
+Clarity XLC2+ Amplified Cordless Phone with Answering Machine $129.99
+Panasonic Corded Phone with Speakerphone, White $34.99
+AT&T Trimline Corded Phone, White $19.99
GE Telephone Line Cord, 25 ft, White $6.99
+GE Modular Phone Jack Splitter, 2-Way $4.99

DEPT computers
CAT laptops @ Computer Center
Apple MacBook Air 13 in., M3 Chip, 16 GB RAM, 256 GB SSD, Midnight $1099.00
+Apple MacBook Air 15 in., M3 Chip, 16 GB RAM, 512 GB SSD, Silver $1499.00
+Apple MacBook Pro 14 in., M4 Chip, 16 GB RAM, 512 GB SSD, Space Black $1599.00
+HP 15.6 in. Laptop, Intel Core i5, 8 GB RAM, 512 GB SSD, Silver $549.99
+HP 14 in. Chromebook, Intel Celeron, 4 GB RAM, 64 GB eMMC $229.99
+Lenovo IdeaPad Slim 3 15.6 in. Laptop, AMD Ryzen 5, 8 GB RAM, 512 GB SSD $499.99
+Dell Inspiron 15 Laptop, Intel Core i7, 16 GB RAM, 1 TB SSD $749.99
+ASUS Vivobook 16 Laptop, Intel Core i3, 8 GB RAM, 256 GB SSD $399.99
+Microsoft Surface Laptop, 7th Edition, 13.8 in., Snapdragon X Plus, 16 GB RAM, 512 GB SSD $999.99
+Microsoft Surface Pro, 11th Edition, 13 in., Snapdragon X Plus, 256 GB $999.99
+ASUS ROG Strix G16 Gaming Laptop, RTX 4060, 16 GB RAM, 1 TB SSD $1399.99
+Acer Nitro V 15 Gaming Laptop, RTX 4050, 8 GB RAM, 512 GB SSD $799.99
CAT desktop computers @ Computer Center
Apple iMac 24 in., M4 Chip, 16 GB RAM, 256 GB SSD, Blue $1299.00
+Apple Mac mini, M4 Chip, 16 GB RAM, 256 GB SSD $599.00
+HP All-in-One Desktop, 23.8 in. Touch, Intel Core i5, 8 GB RAM, 512 GB SSD $649.99
+Lenovo IdeaCentre AIO 27 in. All-in-One Desktop, AMD Ryzen 5, 16 GB RAM, 512 GB SSD $799.99
+Dell Inspiron Tower Desktop, Intel Core i5, 16 GB RAM, 512 GB SSD $599.99
+HP OMEN 25L Gaming Desktop, RTX 4060, 16 GB RAM, 1 TB SSD $1199.99
CAT monitors @ Computer Center
Samsung Essential S3 FHD Monitor, {24 in.:119.99|27 in.:149.99} $119.99
+Dell S2725DS QHD Monitor, 27 in. $249.99
+LG UltraGear QHD Gaming Monitor, 27 in., 180 Hz $299.99
+LG UltraFine 4K UHD Monitor with USB-C, 27 in. $449.99
+Samsung Odyssey G9 Curved Gaming Monitor, 49 in. $1099.99
+Apple Studio Display, 27 in. 5K Retina $1599.00
+Arzopa Portable Monitor, 15.6 in., USB-C $89.99
VIVO Dual Monitor Desk Mount Stand $39.99
CAT keyboards @ Aisle 7 left
Logitech MK270 Wireless Keyboard and Mouse Combo $29.99
+Logitech MK540 Advanced Wireless Keyboard and Mouse Combo $49.99
+Logitech K120 Wired USB Keyboard $14.99
+Logitech MX Keys S Wireless Keyboard, Graphite $109.99
+Logitech K380 Multi-Device Bluetooth Keyboard, Graphite $39.99
+Apple Magic Keyboard with Touch ID, White $149.00
+Microsoft Ergonomic Keyboard, Wired, Black $59.99
+Azio Large Print Tri-Color Backlit Wired Keyboard $39.99
+Logitech K400 Plus Wireless Touch TV Keyboard $29.99
+Razer BlackWidow V4 Mechanical Gaming Keyboard $169.99
CAT mice @ Aisle 7 left
Logitech M185 Wireless Mouse, Gray $14.99
+Logitech M510 Wireless Mouse $29.99
+Logitech MX Master 3S Performance Wireless Mouse, Graphite $99.99
+Logitech Lift Vertical Ergonomic Mouse $69.99
+Logitech Ergo M575 Wireless Trackball Mouse $49.99
+Apple Magic Mouse, USB-C, White $79.00
+Microsoft Bluetooth Mouse, Black $24.99
+Logitech M100 Wired USB Mouse $9.99
+Logitech G502 HERO Wired Gaming Mouse $49.99
+Apple Magic Trackpad, White $129.00
Insignia Mouse Pad with Gel Wrist Rest, Black $14.99
CAT webcams @ Aisle 7 right
Logitech C920s Pro HD 1080p Webcam $69.99
+Logitech Brio 4K Webcam $199.99
+Logitech C270 HD 720p Webcam $29.99
+Insignia 1080p Webcam with Privacy Shutter $39.99
+Razer Kiyo Streaming Webcam with Ring Light $99.99
Logitech Litra Glow Streaming Light $59.99
CAT usb hubs docks @ Aisle 7 right
Anker 341 USB-C Hub, 7-in-1, 4K HDMI $35.99
+Insignia 4-Port USB-A 3.0 Hub $19.99
+Satechi Aluminum USB-C Multiport Adapter, Space Gray $79.99
+Anker 563 USB-C Docking Station, 10-in-1 $109.99
+Dell Universal Dock UD22 $249.99
CAT laptop bags @ Aisle 8 left
Targus Classic Slim Laptop Briefcase, 15.6 in. $29.99
+Targus CitySmart Laptop Backpack, 15.6 in. $39.99
+Incase Icon Laptop Backpack, 16 in., Black $159.95
+Samsonite Classic Business Laptop Backpack, 17 in. $99.99
+Case Logic Laptop Attache, 15.6 in. $34.99
+Solo New York Rolling Laptop Case, 17.3 in. $79.99
+Insignia Laptop Sleeve, 13-14 in., {Gray|Black} $19.99
CAT laptop accessories @ Aisle 8 left
Rain Design mStand Laptop Stand $49.95
+Insignia Adjustable Laptop Stand, Aluminum $29.99
+Targus Chill Mat Plus Laptop Cooling Pad, 17 in. $29.99
+Kensington Laptop Privacy Screen Filter, 14 in. $49.99
+Kensington Keyed Cable Lock for Laptops $39.99
Insignia 65W USB-C Laptop Charger $39.99
+Targus 90W Universal Laptop Charger with 10 Tips $59.99
+Apple 70W USB-C Power Adapter $59.00
Whoosh! Screen Shine Cleaner Kit, 8 oz $19.99
+Insignia Microfiber Cleaning Cloths, 3 pk $9.99
+Falcon Dust-Off Compressed Gas Duster, 2 pk $14.99
CAT networking @ Aisle 8 right
NETGEAR Nighthawk AX1800 Wi-Fi 6 Router $129.99
+TP-Link Archer AX55 AX3000 Wi-Fi 6 Router $99.99
+Google Nest Wifi Pro Mesh System, 3 pk $399.99
+Amazon eero 6+ Mesh Wi-Fi System, 3 pk $299.99
+TP-Link Deco X55 Mesh Wi-Fi 6 System, 3 pk $199.99
+TP-Link RE315 AC1200 Wi-Fi Range Extender $34.99
ARRIS SURFboard SB8200 DOCSIS 3.1 Cable Modem $169.99
+Motorola MG7550 Cable Modem with Wi-Fi Router $149.99
TP-Link TL-SG105 5-Port Gigabit Ethernet Switch $14.99
+TP-Link AV1000 Powerline Ethernet Adapter Kit $54.99
+TP-Link Archer T3U AC1300 USB Wi-Fi Adapter $19.99
CAT software @ Aisle 8 right
Microsoft 365 Personal, 12-Month Subscription, Download Card $99.99
+Microsoft 365 Family, 12-Month Subscription, up to 6 People $129.99
+Microsoft Office Home 2024, 1 PC or Mac $149.99
+Norton 360 Deluxe Antivirus, 5 Devices, 1 Year $49.99
+McAfee Total Protection Antivirus, 5 Devices, 1 Year $39.99
+Intuit TurboTax Deluxe + State 2024 Tax Software $79.99
CAT computer components @ Aisle 9 right
Samsung 990 EVO Plus NVMe M.2 Internal SSD, 1 TB $89.99
+Crucial MX500 SATA 2.5 in. Internal SSD, 1 TB $69.99
+WD Blue Internal Hard Drive, 3.5 in., 4 TB $84.99
Crucial Laptop Memory, 16 GB DDR4-3200 SODIMM $34.99
+Corsair Vengeance Desktop Memory Kit, 32 GB DDR5-6000, 2 x 16 GB $104.99
ASUS Dual GeForce RTX 4060 Graphics Card, 8 GB $299.99
Corsair RM750e Fully Modular ATX Power Supply, 750W $99.99
CAT office electronics @ Aisle 12 right
Texas Instruments TI-84 Plus CE Graphing Calculator, Black $149.99
+Texas Instruments TI-30XIIS Scientific Calculator $19.99
+Casio fx-300ES Plus Scientific Calculator, 2nd Edition $14.99
+Casio HS-8VA Solar Pocket Calculator $9.99
Brother P-touch PT-D210 Label Maker $39.99
+Brother TZe Laminated Label Tape, 12 mm, Black on White $17.99
Fellowes Powershred 12-Sheet Cross-Cut Paper Shredder $89.99
+Fellowes Powershred 8-Sheet Cross-Cut Paper Shredder $49.99

DEPT storage & printing
CAT usb flash drives @ Aisle 9 left
SanDisk Cruzer Blade USB 2.0 Flash Drive, {16 GB:7.99|32 GB:8.99} $7.99
+SanDisk Ultra Flair USB 3.0 Flash Drive, {64 GB:12.99|128 GB:17.99} $12.99
+Samsung BAR Plus USB 3.1 Flash Drive, 256 GB, Titan Gray $34.99
+SanDisk Ultra Dual Drive USB Type-C Flash Drive, 128 GB $19.99
+PNY Attache 4 USB 2.0 Flash Drive, 32 GB, 3 pk $14.99
+SanDisk iXpand Flash Drive Go for iPhone, 128 GB $39.99
+Kingston DataTraveler Exodia USB 3.2 Flash Drive, 128 GB $12.99
CAT memory cards @ Aisle 9 left
SanDisk Ultra microSDXC Memory Card with Adapter, {64 GB:12.99|128 GB:17.99} $12.99
+SanDisk microSDXC Memory Card for Nintendo Switch, 256 GB $39.99
+Samsung EVO Select microSDXC Memory Card with Adapter, 512 GB $39.99
+SanDisk Extreme PRO SDXC Memory Card, {64 GB:24.99|128 GB:32.99} $24.99
SanDisk MobileMate USB 3.0 microSD Card Reader $9.99
+Insignia USB-C SD and microSD Card Reader $19.99
+Apple USB-C to SD Card Reader $39.00
CAT external drives @ Aisle 9 right
WD My Passport Portable External Hard Drive, {2 TB:79.99|5 TB:139.99}, Black $79.99
+Seagate Portable External Hard Drive, USB 3.0, 2 TB $69.99
+Seagate Expansion Desktop External Hard Drive, 8 TB $159.99
+Samsung T7 Portable SSD, 1 TB, Titan Gray $89.99
+SanDisk Extreme Portable SSD, 1 TB $99.99
+Samsung T9 Portable SSD, 4 TB $349.99
LG External Slim DVD Writer, USB $34.99
CAT printers @ Aisle 10 left
HP DeskJet 2855e Wireless All-in-One Inkjet Printer $69.99
+HP ENVY 6155e Wireless All-in-One Inkjet Printer $129.99
+HP OfficeJet Pro 9125e Wireless All-in-One Printer $229.99
+Canon PIXMA TS6420a Wireless All-in-One Inkjet Printer $99.99
+Canon PIXMA G3270 MegaTank Wireless All-in-One Printer $229.99
+Epson EcoTank ET-2800 Wireless All-in-One Supertank Printer $199.99
+Brother HL-L2405W Wireless Monochrome Laser Printer $119.99
+HP Color LaserJet Pro MFP 3301fdw Printer $399.99
+Canon SELPHY CP1500 Compact Photo Printer $149.99
+Kodak Step Instant Photo Printer $79.99
Epson Perfection V39 II Color Photo and Document Scanner $99.99
+Ricoh ScanSnap iX1600 Wireless Document Scanner $419.00
CAT ink toner @ Aisle 10 right
HP 67 Ink Cartridge, {Black:18.99|Tri-Color:23.99} $18.99
+HP 67XL High Yield Ink Cartridge, Black $34.99
+HP 962 Ink Cartridges, Cyan / Magenta / Yellow, 3 pk $65.99
+HP 962XL High Yield Ink Cartridge, Black $52.99
+Canon PG-275 Ink Cartridge, Black $20.99
+Canon CL-276 Ink Cartridge, Color $24.99
+Canon GI-21 MegaTank Ink Bottle, Black $18.99
+Epson 502 EcoTank Ink Bottle, {Black:19.99|Cyan:13.99} $13.99
+Epson 232 Ink Cartridge, Black $20.99
HP 58A LaserJet Toner Cartridge, Black $129.99
+Brother TN830 Toner Cartridge, Black $54.99
CAT printer paper @ Aisle 10 right
HP Office Paper, Letter, 20 lb, {1 Ream:10.99|5 Reams:44.99} $10.99
+HP Premium Plus Glossy Photo Paper, 4 x 6 in., {60 Sheets:14.99|100 Sheets:22.99} $14.99
+Canon Photo Paper Plus Glossy II, 8.5 x 11 in., 50 Sheets $24.99
+Epson Premium Photo Paper Glossy, 8.5 x 11 in., 25 Sheets $17.99
+Canon KP-108IN Color Ink and Paper Set for SELPHY, 108 Sheets $39.99
+Kodak ZINK Photo Paper, 2 x 3 in., 50 Sheets $19.99
Avery Easy Peel Address Labels, 750 ct $19.99

DEPT audio
CAT headphones @ Aisle 11 left
Sony WH-1000XM5 Wireless Noise Canceling Headphones, Black $399.99
+Bose QuietComfort Ultra Headphones, Black $429.00
+Bose QuietComfort Headphones, White Smoke $349.00
+Apple AirPods Max, Midnight $549.00
+Beats Studio Pro Wireless Headphones, Black $349.99
+JBL Tune 720BT Wireless Over-Ear Headphones, Black $89.95
+Sony WH-CH520 Wireless On-Ear Headphones, Blue $59.99
+Sony MDR-ZX110 Wired On-Ear Headphones, Black $14.99
+Audio-Technica ATH-M50x Professional Studio Headphones $149.00
+JLab JBuddies Studio Kids Wireless Headphones, Graphite/Blue $29.99
+Sennheiser RS 120-W Wireless On-Ear TV Headphones $129.95
CAT earbuds @ Aisle 11 left
Apple AirPods 4 $129.00
+Apple AirPods 4 with Active Noise Cancellation $179.00
+Apple AirPods Pro 2 with USB-C Charging Case $249.00
+Samsung Galaxy Buds3 Pro, Silver $249.99
+Samsung Galaxy Buds FE, Graphite $99.99
+Sony WF-1000XM5 Truly Wireless Noise Canceling Earbuds, Black $299.99
+Bose QuietComfort Ultra Earbuds, Black $299.00
+Beats Powerbeats Pro 2 Wireless Earbuds, Jet Black $249.99
+JLab Go Air Pop True Wireless Earbuds, Lilac $19.99
+Skullcandy Jib Wired Earbuds with Microphone, Black $9.99
+Apple EarPods with USB-C Connector $19.00
+Apple EarPods with 3.5 mm Headphone Plug $19.00
CAT bluetooth speakers @ Aisle 11 right
JBL Flip 6 Portable Bluetooth Speaker, {Black|Blue} $129.95
+JBL Charge 5 Portable Bluetooth Speaker, Black $179.95
+JBL Clip 5 Ultra-Portable Waterproof Speaker, Black $79.95
+JBL PartyBox 110 Portable Party Speaker $399.95
+Bose SoundLink Flex Bluetooth Speaker, Black $149.00
+Bose SoundLink Max Portable Speaker, Black $399.00
+Ultimate Ears WONDERBOOM 4 Portable Waterproof Speaker, Active Black $99.99
+Anker Soundcore 2 Portable Bluetooth Speaker $39.99
+Sonos Roam 2 Portable Smart Speaker, Black $179.00
CAT turntables radios @ Aisle 12 left
Audio-Technica AT-LP60X Fully Automatic Belt-Drive Turntable, Black $149.00
+Audio-Technica AT-LP120XUSB Direct-Drive Turntable $349.00
+Victrola Journey+ Bluetooth Suitcase Record Player, Black $69.99
+Crosley Cruiser Plus Portable Turntable, Turquoise $79.95
Audio-Technica AT-VMN95E Replacement Stylus $69.00
Sangean WR-11 AM/FM Table Top Radio, Walnut $139.99
+Sony ICF-P26 Portable AM/FM Radio $24.99
+Midland ER310 Emergency Crank Weather Radio $59.99
+Emerson SmartSet Alarm Clock Radio with Bluetooth, Black $29.99
Sony CFD-S70 CD/Cassette Boombox with AM/FM Radio, Black $79.99
+Jensen Portable CD Player with Bass Boost, Black $29.99
+Sony NW-A306 Walkman Digital Music Player, 32 GB $359.99
CAT microphones @ Aisle 12 left
Blue Yeti USB Microphone, Blackout $129.99
+Shure MV7+ Podcast Microphone, Black $279.00
+Rode NT-USB Mini USB Microphone $99.00
+Rode Wireless GO II Dual Channel Wireless Microphone System $299.00
+DJI Mic Mini Wireless Microphone, 2 TX + 1 RX $169.00
+Movo LV-1 Lavalier Clip-On Microphone, 3.5 mm $19.95
+Singing Machine Groove Cube Karaoke Machine with Bluetooth $79.99
Elgato Wave Mic Arm LP, Low Profile Boom Arm $99.99

DEPT cameras
CAT digital cameras @ Camera Counter
Canon EOS R50 Mirrorless Camera with RF-S 18-45 mm Lens, Black $679.99
+Canon EOS Rebel T7 DSLR Camera with 18-55 mm Lens $479.99
+Sony Alpha a6400 Mirrorless Camera with 16-50 mm Lens $999.99
+Nikon Z50 II Mirrorless Camera with 16-50 mm Lens $1049.95
+Fujifilm X100VI Digital Camera, Silver $1599.95
+Canon PowerShot SX740 HS Digital Camera, Black $399.99
+Kodak PIXPRO FZ55 Digital Camera, Red $129.99
+Sony ZV-1 II Vlog Camera $899.99
Fujifilm Instax Mini 12 Instant Camera, {Blossom Pink|Pastel Blue} $79.95
+Polaroid Now Generation 2 i-Type Instant Camera, Black $119.99
CAT camera lenses @ Camera Counter
Canon RF 50 mm f/1.8 STM Lens $199.99
+Canon RF-S 55-210 mm f/5-7.1 IS STM Lens $349.99
+Canon EF 75-300 mm f/4-5.6 III Telephoto Zoom Lens $199.99
+Sony FE 50 mm f/1.8 Lens $248.00
+Nikon Nikkor Z DX 50-250 mm f/4.5-6.3 VR Lens $399.95
+Tamron 28-75 mm f/2.8 Di III VXD G2 Lens for Sony E $879.00
CAT action cameras @ Camera Counter
GoPro HERO13 Black Action Camera $399.99
+GoPro HERO 4K Compact Action Camera $199.99
+DJI Osmo Action 5 Pro Action Camera, Standard Combo $349.00
+DJI Osmo Pocket 3 Creator Combo $669.00
+Insta360 X4 360 Degree Action Camera $499.99
GoPro Enduro Rechargeable Battery for HERO13 Black $29.99
+GoPro The Handler Floating Hand Grip $24.99
+GoPro Helmet Front and Side Mount $19.99
CAT drones @ Camera Counter
DJI Mini 4 Pro Drone with DJI RC 2 Controller $959.00
+DJI Mini 4K Drone Fly More Combo $399.00
+DJI Air 3S Drone Fly More Combo $1349.00
+DJI Neo Selfie Drone $199.00
+Holy Stone HS175D GPS Drone with 4K Camera $149.99
DJI Mini 4 Pro Intelligent Flight Battery Plus $89.00
CAT camera accessories @ Aisle 13 left
Manfrotto Compact Action Aluminum Tripod, Black $69.99
+Joby GorillaPod 3K Flexible Tripod Kit $79.95
+Insignia 60 in. Lightweight Tripod with Phone Mount $29.99
+Insignia Selfie Stick Tripod with Bluetooth Remote $24.99
Lowepro Adventura SH 140 III Camera Shoulder Bag, Black $39.95
Fujifilm Instax Mini Instant Film, {Twin Pack, 20 Exp.:16.99|5-Pack, 50 Exp.:39.99} $16.99
+Polaroid i-Type Color Film, 8 Exp. $16.99
Canon LP-E17 Battery Pack $59.99
Neewer 18 in. LED Ring Light with Stand $69.99
+Insignia 10 in. LED Ring Light with Tripod Stand $29.99
Zeiss Lens Cleaning Wipes, 60 ct $12.99
CAT digital photo frames @ Aisle 13 right
Aura Carver Wi-Fi Digital Photo Frame, 10.1 in., Charcoal $149.00
+Aura Aspen Wi-Fi Digital Photo Frame, 8 in., Sea Salt $199.00
+Nixplay Touch Screen Smart Digital Photo Frame, 10.1 in. $149.99
+Pix-Star Wi-Fi Digital Photo Frame, 15 in. $199.99

DEPT smart home
CAT smart speakers @ Aisle 14 left
Amazon Echo Dot 5th Gen Smart Speaker with Alexa, {Charcoal|Glacier White} $49.99
+Amazon Echo Pop Smart Speaker with Alexa, Charcoal $39.99
+Amazon Echo Show 5, 3rd Gen, Charcoal $89.99
+Amazon Echo Show 8, 3rd Gen, Charcoal $149.99
+Google Nest Mini, 2nd Gen, Chalk $49.00
+Google Nest Audio Smart Speaker, Charcoal $99.99
+Google Nest Hub, 2nd Gen, Chalk $99.99
+Apple HomePod mini, {White|Midnight} $99.00
+Sonos Era 100 Smart Speaker, Black $249.00
CAT smart lighting @ Aisle 14 left
Philips Hue White and Color Ambiance A19 Smart Bulb, {1 pk:49.99|3 pk:134.99} $49.99
+Philips Hue White A19 Bluetooth Smart Bulb, 2 pk $29.99
+Wyze Color Smart Bulb A19, 4 pk $49.99
+Kasa Smart Wi-Fi Light Bulb, Dimmable White, 2 pk $19.99
+Philips Hue Lightstrip Plus Base Kit, 80 in. $89.99
+Govee RGBIC Smart LED Strip Lights, 32.8 ft $29.99
+Nanoleaf Shapes Hexagons Smarter Kit, 9 Panels $199.99
+Philips Hue Bridge $59.99
CAT smart plugs switches @ Aisle 14 right
Kasa Smart Plug Mini, {2 pk:19.99|4 pk:29.99} $19.99
+Amazon Smart Plug, Works with Alexa $24.99
+Kasa Outdoor Smart Plug, 2 Outlets $29.99
+Kasa Smart Wi-Fi Light Switch, Single Pole, White $19.99
+Lutron Caseta Smart Dimmer Switch Kit with Pico Remote $99.95
CAT security cameras doorbells @ Aisle 14 right
Ring Battery Doorbell, Satin Nickel $99.99
+Ring Wired Doorbell Pro $229.99
+Google Nest Doorbell, Battery, Snow $179.99
+Ring Indoor Cam, 2nd Gen, White $59.99
+Ring Stick Up Cam Battery, White $99.99
+Ring Floodlight Cam Wired Plus, White $199.99
+Blink Outdoor 4 Wireless Security Camera, {1 Camera:99.99|3 Camera System:259.99} $99.99
+Blink Mini 2 Indoor Plug-In Security Camera, White $39.99
+Wyze Cam v4 Indoor/Outdoor Security Camera $35.98
+Lorex 4K 8-Channel NVR Security System with 4 Cameras $599.99
Ring Alarm 8-Piece Home Security Kit, 2nd Gen $249.99
CAT smart thermostats locks @ Aisle 15 left
Google Nest Learning Thermostat, 4th Gen, Polished Silver $279.99
+Google Nest Thermostat, Snow $129.99
+ecobee Smart Thermostat Premium $249.99
+Amazon Smart Thermostat $79.99
+Honeywell Home T9 Smart Thermostat with Sensor $199.99
August Wi-Fi Smart Lock, 4th Gen, Silver $229.99
+Schlage Encode Plus Smart Wi-Fi Deadbolt, Matte Black $299.99
+Yale Assure Lock 2 Keypad Smart Lock, Black Suede $199.99
+Kwikset Halo Touch Fingerprint Wi-Fi Smart Lock, Satin Nickel $229.99
Google Nest Protect Smoke and CO Alarm, Wired $119.99

DEPT gaming
CAT video game consoles @ Gaming Zone
Sony PlayStation 5 Console, Slim, Disc Edition $499.99
+Sony PlayStation 5 Console, Slim, Digital Edition $449.99
+Sony PlayStation 5 Pro Console $699.99
+Sony PlayStation Portal Remote Player $199.99
+Microsoft Xbox Series X Console, 1 TB $499.99
+Microsoft Xbox Series S Console, 512 GB, White $299.99
+Nintendo Switch OLED Model Console, White $349.99
+Nintendo Switch Console with Neon Blue and Neon Red Joy-Con $299.99
+Nintendo Switch Lite Console, {Turquoise|Coral} $199.99
+Valve Steam Deck OLED Handheld, 512 GB $549.00
Meta Quest 3S VR Headset, 128 GB $299.99
+Meta Quest 3 VR Headset, 512 GB $499.99
+Sony PlayStation VR2 Headset $399.99
CAT video games @ Gaming Zone
Mario Kart 8 Deluxe, Nintendo Switch $59.99
+The Legend of Zelda: Tears of the Kingdom, Nintendo Switch $69.99
+Super Mario Bros. Wonder, Nintendo Switch $59.99
+Super Mario Party Jamboree, Nintendo Switch $59.99
+Animal Crossing: New Horizons, Nintendo Switch $59.99
+Pokemon Scarlet, Nintendo Switch $59.99
+Just Dance 2025 Edition, Nintendo Switch $49.99
+Minecraft, Nintendo Switch $29.99
+EA Sports FC 25, {PlayStation 5|Xbox Series X} $69.99
+Madden NFL 25, PlayStation 5 $69.99
+Call of Duty: Black Ops 6, {PlayStation 5|Xbox Series X} $69.99
+Marvel's Spider-Man 2, PlayStation 5 $69.99
+Astro Bot, PlayStation 5 $59.99
CAT controllers @ Aisle 15 right
Sony DualSense Wireless Controller for PS5, {White|Midnight Black} $74.99
+Sony DualSense Edge Wireless Controller for PS5 $199.99
+Microsoft Xbox Wireless Controller, {Carbon Black|Robot White} $59.99
+Microsoft Xbox Elite Wireless Controller Series 2 $179.99
+Nintendo Switch Pro Controller, Black $69.99
+Nintendo Joy-Con Pair, Neon Red and Neon Blue $79.99
+PowerA Enhanced Wired Controller for Nintendo Switch, Black $24.99
+8BitDo Ultimate Bluetooth Controller with Charging Dock $69.99
CAT gaming headsets @ Aisle 15 right
SteelSeries Arctis Nova 7 Wireless Gaming Headset $179.99
+Turtle Beach Stealth 600 Gen 3 Wireless Gaming Headset, Black $99.99
+Turtle Beach Recon 50 Wired Gaming Headset, Black $24.99
+Sony PULSE Elite Wireless Headset for PS5 $149.99
+Razer BlackShark V2 X Wired Gaming Headset $59.99
+HyperX Cloud III Wired Gaming Headset, Black $99.99
+Microsoft Xbox Wireless Headset $109.99
CAT gaming accessories @ Aisle 16 left
Sony DualSense Charging Station $29.99
+PowerA Charging Station for Xbox Wireless Controllers $39.99
+Insignia Carrying Case for Nintendo Switch and Switch OLED, Black $19.99
+Nintendo Joy-Con Wheel Pair $14.99
+Logitech G29 Driving Force Racing Wheel for PS5 and PC $299.99
Seagate Game Drive for PS5, 2 TB $89.99
+WD_BLACK SN850P NVMe SSD for PS5 Consoles, 2 TB $149.99
+Seagate Storage Expansion Card for Xbox Series X and S, 1 TB $149.99
Microsoft Xbox Game Pass Ultimate, 3-Month Membership $59.99
"""

AA = r"^(?!.*Charger)(?!.*AAA).*\bAA (Alkaline |Rechargeable )?Batteries"
WIRELESS_BUDS = r"^(?!.*(Wired|EarPods))"

QUESTIONS = [
    # plain locate, shopper words
    ("where are the tvs", ["televisions"], None),
    ("tv wall mount", ["tv mounts"], "TV Wall Mount"),
    ("a soundbar", ["soundbars"], None),
    ("a roku box for my tv", ["streaming devices", "soundbars"], r"Roku (Express|Streaming Stick|Ultra|Streambar)"),
    ("dvd player", ["blu-ray dvd players"], None),
    ("indoor antenna for free tv channels", ["tv antennas"], "Indoor"),
    ("universal remote", ["remote controls"], "Universal Remote"),
    ("coax cable", ["audio video cables"], "Coaxial Cable,"),
    ("ethernet cable", ["computer cables"], "Ethernet"),
    ("usb c to hdmi adapter", ["adapters converters", "usb hubs docks"],
     r"USB-C to HDMI|USB-C Digital AV|USB-C Hub|USB-C Multiport|Docking Station|Universal Dock"),
    ("surge protector", ["power strips surge protectors"], r"Surge Protector|Anker 351"),
    ("aa batteries", ["batteries"], AA),
    ("hearing aid batteries", ["batteries"], "Hearing Aid"),
    ("iphone case", ["phone cases"], "iPhone"),
    ("screen protector for a samsung phone", ["screen protectors"], "Samsung"),
    ("lightning cable", ["charging cables"], "Lightning"),
    ("portable charger for my phone", ["power banks"], r"Power Bank|Portable Charger|Portable Battery"),
    ("dash cam", ["car electronics"], "Dash Cam"),
    ("phone holder for the car", ["car electronics"], "Phone Mount"),
    ("ipad", ["tablets e-readers"], "iPad"),
    ("apple pencil", ["tablet accessories"], "Apple Pencil"),
    ("fitness tracker", ["smartwatches"], r"Fitness Tracker|Watch (Series|SE|Ultra)|Galaxy Watch|Pixel Watch"),
    ("cordless phone for the house", ["home phones"], "Cordless Phone"),
    ("computer monitor", ["monitors"], r"Monitor(,| with)|Studio Display"),
    ("wireless keyboard and mouse", ["keyboards"], "Keyboard and Mouse Combo"),
    ("webcam", ["webcams"], "Webcam"),
    ("laptop backpack", ["laptop bags"], "Backpack"),
    ("laptop charger", ["laptop accessories"], r"Laptop Charger|70W USB-C Power Adapter"),
    ("wifi router", ["networking"], r"Router|Mesh.*System"),
    ("sd card for my camera", ["memory cards"], r"\bSDXC|with Adapter"),
    ("external hard drive", ["external drives"], r"External Hard Drive|Portable SSD"),
    ("printer", ["printers"], "Printer"),
    ("hp 67 ink", ["ink toner"], "HP 67"),
    ("toner for a brother laser printer", ["ink toner"], "Brother TN"),
    ("noise cancelling headphones, the over the ear kind", ["headphones"],
     r"Noise Cancel|QuietComfort|AirPods Max|Studio Pro"),
    ("wireless earbuds", ["earbuds"], WIRELESS_BUDS),
    ("record player", ["turntables radios"], r"Turntable|Record Player"),
    ("usb microphone for podcasting", ["microphones"], r"USB Microphone|Podcast Microphone"),
    ("digital camera", ["digital cameras"], r"Digital Camera|Mirrorless|DSLR|Vlog Camera"),
    ("drone with a camera", ["drones"], "Drone"),
    ("tripod", ["camera accessories"], r"Tripod(?! Stand)"),
    ("smart light bulbs", ["smart lighting"], "Bulb"),
    ("video doorbell", ["security cameras doorbells"], "Doorbell"),
    ("security camera for outside", ["security cameras doorbells"], r"Outdoor|Floodlight|Stick Up|NVR"),
    ("smart lock for my front door", ["smart thermostats locks"], r"Lock|Deadbolt"),
    ("nintendo switch", ["video game consoles"], "Nintendo Switch"),
    ("ps5 controller", ["controllers"], "DualSense"),
    ("vr headset", ["video game consoles"], r"\bVR"),
    ("digital picture frame", ["digital photo frames"], None),
    # brand names used generically
    ("a firestick", ["streaming devices"], "Fire TV Stick"),
    ("where are the airpods", ["earbuds", "headphones"], "AirPods"),
    ("an alexa", ["smart speakers"], "Echo"),
    ("gopro", ["action cameras"], "Action Camera"),
    ("otterbox", ["phone cases", "tablet accessories"], "OtterBox"),
    # misspellings
    ("hdmi chord", ["hdmi cables"], None),
    ("extention cord", ["power strips surge protectors"], r"Extension Cord|Power Strip|ft Cord|SurgeArrest"),
    ("blutooth speaker", ["bluetooth speakers"], None),
    ("wireles mouse", ["mice", "keyboards"], r"^(?!.*(Wired|Pad)).*(Mouse|Trackball)"),
    ("printer ink cartriges", ["ink toner"], r"Ink Cartridge"),
    ("labtop charger", ["laptop accessories"], r"Laptop Charger|70W USB-C Power Adapter"),
    ("grafing calculator", ["office electronics"], "Graphing Calculator"),
    # British words
    ("a telly", ["televisions"], None),
    ("a plug adaptor for travelling to europe", ["adapters converters"], "Travel"),
    ("memory stick", ["usb flash drives"], None),
    ("aerial for my tv", ["tv antennas"], "Antenna"),
    ("an extension lead with a few sockets", ["power strips surge protectors"], r"Surge Protector|Power Strip|Extension Cord"),
    # chatty
    ("hi, my grandson wants a mario game for his switch", ["video games"], "Mario"),
    ("excuse me, where would i find a new remote for my samsung tv, i lost mine", ["remote controls"],
     r"Universal Remote|for Samsung"),
    ("hello, do you have wireless headphones made for watching tv", ["headphones"], "TV Headphones"),
    ("good morning, do you have the big button phones for seniors", ["home phones", "cell phones"],
     r"Big Button|Seniors|Amplified"),
    ("hey where's the stuff to hide the tv cords on the wall", ["tv mounts"], r"Cable Management|Cord Cover"),
    # sizes, colours, modifiers
    ("65 inch tv", ["televisions"], "65 in"),
    ("25 foot coax cable", ["audio video cables"], "Coaxial Cable, 25 ft"),
    ("128 gb flash drive", ["usb flash drives"], "128 GB"),
    ("pink instax camera", ["digital cameras"], r"Instax.*Pink"),
    ("white ps5 controller", ["controllers"], r"DualSense Wireless Controller for PS5, White"),
    ("6 foot hdmi cable", ["hdmi cables"], r"\b6(\.6)? ft"),
    # Spanish words mixed in
    ("where are the audifonos", ["headphones", "earbuds"], None),
    ("where are the pilas, double a", ["batteries"], AA),
    ("do you have a televisor 55 inch", ["televisions"], "55 in"),
    ("bocinas bluetooth", ["bluetooth speakers"], None),
    ("i need a control remoto for my tv", ["remote controls"], None),
    # price checks
    ("how much is the ps5 pro", None, r"PlayStation 5 Pro", "price"),
    ("price of the 65 inch lg oled", None, r"LG OLED evo C4 4K Smart TV, 65", "price"),
    ("how much are the airpods pro 2", None, r"AirPods Pro 2", "price"),
    ("what does the echo dot cost", None, r"Echo Dot", "price"),
    ("how much is a 13 inch macbook air", None, r"MacBook Air 13", "price"),
    ("price of the ring battery doorbell", None, r"Ring Battery Doorbell", "price"),
    ("how much for the 20 pack of duracell aa", None, r"Duracell Coppertop AA Alkaline Batteries, 20 pk", "price"),
    ("how much is the hp deskjet 2855e", None, r"DeskJet 2855e", "price"),
    ("price on the sony xm5 headphones", None, r"WH-1000XM5", "price"),
    ("what's the price of a jbl flip 6", None, r"JBL Flip 6", "price"),
    # stock checks
    ("is the nintendo switch oled in stock", None, r"Switch OLED Model Console", "stock"),
    ("do you have the meta quest 3s in stock", None, r"Meta Quest 3S", "stock"),
    ("any kindle paperwhites left", None, r"Kindle Paperwhite, 16 GB", "stock"),
    ("is the dji mini 4 pro drone in stock", None, r"DJI Mini 4 Pro Drone", "stock"),
    ("do you have the apple pencil pro in stock", None, r"Apple Pencil Pro", "stock"),
    ("is the roku streaming stick 4k available", None, r"Roku Streaming Stick 4K", "stock"),
    ("do you have the blue yeti mic in stock", None, r"Blue Yeti", "stock"),
    ("are the samsung t7 ssds in stock", None, r"Samsung T7 Portable SSD", "stock"),
    # absent
    ("lawn mower", None, None, "absent"),
    ("a gallon of milk", None, None, "absent"),
    ("do you sell microwaves", None, None, "absent"),
    ("an air fryer", None, None, "absent"),
    ("a robot vacuum", None, None, "absent"),
    ("electric razor", None, None, "absent"),
    ("do you have a vcr", None, None, "absent"),
    ("do you sell tv stands", None, None, "absent"),
    ("a gaming chair", None, None, "absent"),
    ("satellite dish", None, None, "absent"),
    ("a new car stereo for my truck", None, None, "absent"),
    ("walkie talkies", None, None, "absent"),
    ("do you sell 3d printers", None, None, "absent"),
    ("hearing aids", None, None, "absent"),
    ("an electric piano keyboard", None, None, "absent"),
    ("guitar amplifier", None, None, "absent"),
    ("a prepaid sim card", None, None, "absent"),
    ("a space heater", None, None, "absent"),
    ("dog food", None, None, "absent"),
    ("a sewing machine", None, None, "absent"),
]

HELDOUT_B = [
    ("a small telly for my mum's kitchen", ["televisions"], r"\b(24|32) in\."),
    ("do you have a power board", ["power strips surge protectors"], r"Surge Protector|Power Strip"),
    ("earphones for my granddaughter", ["earbuds", "headphones"], None),
    ("mobile phone cover for an iphone 16", ["phone cases"], r"iPhone 16(?! Pro)"),
    ("where do i find a sat nav", ["car electronics"], "GPS Navigator"),
    ("a doorbell with a camera for my nan", ["security cameras doorbells"], "Doorbell"),
    ("um the little box that makes the tv a smart tv", ["streaming devices"], None),
    ("aux cord for the car", ["audio video cables"], r"3\.5 mm Auxiliary"),
    ("fone charging cable", ["charging cables"], None),
    ("a laptop for my grandson for school", ["laptops"], None),
    ("wireless headphones for my son, he's 6", ["headphones"], "Kids"),
    ("a pen for drawing on my ipad", ["tablet accessories"], "Pencil"),
    ("kindel", ["tablets e-readers"], "Kindle"),
    ("mouse mat", ["mice"], "Mouse Pad"),
    ("pen drive", ["usb flash drives"], None),
    ("a web cam for zoom calls", ["webcams"], "Webcam"),
    ("a speaker i can take to the beach", ["bluetooth speakers"], None),
    ("wifi booster", ["networking"], r"Extender|Mesh|Powerline"),
    ("play station controler", ["controllers"], "DualSense"),
    ("xbox controller for my husband", ["controllers"], "Xbox"),
    ("headphones for gaming with a mic", ["gaming headsets"], None),
    ("alarm clock raido", ["turntables radios"], "Clock Radio"),
    ("a wind up radio for emergencies", ["turntables radios"], "Crank"),
    ("copy paper", ["printer paper"], "Office Paper"),
    ("a simple camera for my daughter's holiday, nothing fancy", ["digital cameras"],
     r"PowerShot|PIXPRO|Instax|Polaroid"),
    ("selfy stick", ["camera accessories"], "Selfie Stick"),
    ("cordless fone with big buttons", ["home phones"], r"Big Button|Amplified"),
    ("surge protecter", ["power strips surge protectors"], r"Surge Protector|Anker 351"),
    ("telly aerial", ["tv antennas"], "Antenna"),
    ("a mobile for my elderly father, a simple one", ["cell phones"], r"Jitterbug|Flip Phone"),
    ("tablet for a 5 year old", ["tablets e-readers"], "Kids"),
    ("where are the cargadores para celular", ["phone chargers", "charging cables"], None),
    ("un cable hdmi largo, like 12 feet", ["hdmi cables"], r"\b(12|50|10) ft"),
    ("audifonos inalambricos for running", ["earbuds"], WIRELESS_BUDS),
    ("tinta for my hp printer", ["ink toner"], r"^HP"),
    # price
    ("how much is the xbox series s", None, r"Xbox Series S", "price"),
    ("how much are the airpods 4 with the noise cancelling", None, r"AirPods 4 with Active", "price"),
    ("what's the price of one blink outdoor camera", None, r"Blink Outdoor 4 .*1 Camera", "price"),
    ("how much is the nest learning thermostat", None, r"Nest Learning Thermostat", "price"),
    ("price of the epson ecotank printer", None, r"EcoTank ET-2800", "price"),
    # stock
    ("is the garmin dash cam mini 2 in stock", None, r"Dash Cam Mini 2", "stock"),
    ("do you have the logitech mx master 3s in stock", None, r"MX Master 3S", "stock"),
    ("any ps5 slim digital editions left", None, r"PlayStation 5 Console, Slim, Digital", "stock"),
    ("is the aura carver frame in stock", None, r"Aura Carver", "stock"),
    # absent
    ("a hoover for the carpets", None, None, "absent"),
    ("an electric kettle", None, None, "absent"),
    ("do you have typewriters", None, None, "absent"),
    ("metal detecter", None, None, "absent"),
    ("a cb radio for my truck", None, None, "absent"),
    ("blank vhs tapes", None, None, "absent"),
]

FORCE_OOS = [r"Switch OLED Model Console", r"Kindle Paperwhite, 16 GB", r"Apple Pencil Pro", r"Blue Yeti",
             r"Dash Cam Mini 2", r"PlayStation 5 Console, Slim, Digital"]
FORCE_IN = [r"Meta Quest 3S", r"DJI Mini 4 Pro Drone", r"Roku Streaming Stick 4K", r"Samsung T7 Portable SSD",
            r"MX Master 3S", r"Aura Carver"]

if __name__ == '__main__':
    run(CATALOG, QUESTIONS, 'electronics', 'el', 4242, force_oos=FORCE_OOS, force_in=FORCE_IN,
        heldout_b=HELDOUT_B, oos_share=0.08)
