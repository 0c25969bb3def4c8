"""Where the demo vault's places are: for each State party, the language its places are named in
and some of its cities with their first-level region (the State's own words for them).

The cities and regions are real, so that an NPM's staff recognise their country at first sight;
the places of detention made from them ("Central prison of Alajuela") and everything said about
them are invented: nothing in a demo vault is a statement about a real place. A State without an
entry here gets neutral places (named after its regions in general terms, in English).
"""

from __future__ import annotations

# The languages place names are written in (templates in text.PLACE_NAMES); the record
# texts themselves are in the State's language when the demo writes it (text.LANGS), else in English,
# French or Spanish (text.T).
PLACE_LANGS = ("en", "fr", "es", "pt", "de", "ar", "ru")

# iso2: (language of place names, "City/Region; City/Region; …")
PROFILES: dict[str, tuple[str, str]] = {
    "AF": ("en", "Kabul/Kabul; Herat/Herat; Mazar-i-Sharif/Balkh; Kandahar/Kandahar; Jalalabad/Nangarhar"),
    "AL": ("en", "Tirana/Tirana; Durrës/Durrës; Vlorë/Vlorë; Shkodër/Shkodër; Elbasan/Elbasan; Korçë/Korçë"),
    "AM": ("en", "Yerevan/Yerevan; Gyumri/Shirak; Vanadzor/Lori; Abovyan/Kotayk; Armavir/Armavir"),
    "AR": ("es", "Buenos Aires/Ciudad Autónoma de Buenos Aires; La Plata/Buenos Aires; Córdoba/Córdoba; "
                 "Rosario/Santa Fe; Mendoza/Mendoza; San Miguel de Tucumán/Tucumán; Salta/Salta; Neuquén/Neuquén"),
    "AT": ("de", "Wien/Wien; Graz/Steiermark; Linz/Oberösterreich; Salzburg/Salzburg; Innsbruck/Tirol; "
                 "Klagenfurt/Kärnten; Sankt Pölten/Niederösterreich"),
    "AU": ("en", "Sydney/New South Wales; Melbourne/Victoria; Brisbane/Queensland; Perth/Western Australia; "
                 "Adelaide/South Australia; Hobart/Tasmania; Darwin/Northern Territory"),
    "AZ": ("en", "Baku/Baku; Ganja/Ganja; Sumgait/Sumgait; Lankaran/Lankaran; Shaki/Shaki"),
    "BA": ("en", "Sarajevo/Federation of Bosnia and Herzegovina; Banja Luka/Republika Srpska; "
                 "Mostar/Federation of Bosnia and Herzegovina; Tuzla/Federation of Bosnia and Herzegovina; "
                 "Bijeljina/Republika Srpska; Zenica/Federation of Bosnia and Herzegovina"),
    "BD": ("en", "Dhaka/Dhaka; Chattogram/Chattogram; Khulna/Khulna; Rajshahi/Rajshahi; Sylhet/Sylhet"),
    "BF": ("fr", "Ouagadougou/Centre; Bobo-Dioulasso/Hauts-Bassins; Koudougou/Centre-Ouest; Ouahigouya/Nord; "
                 "Fada N'Gourma/Est; Kaya/Centre-Nord; Banfora/Cascades"),
    "BG": ("en", "Sofia/Sofia City; Plovdiv/Plovdiv; Varna/Varna; Burgas/Burgas; Pleven/Pleven; "
                 "Stara Zagora/Stara Zagora"),
    "BI": ("fr", "Bujumbura/Bujumbura Mairie; Gitega/Gitega; Ngozi/Ngozi; Muramvya/Muramvya; Rumonge/Rumonge"),
    "BJ": ("fr", "Cotonou/Littoral; Porto-Novo/Ouémé; Abomey-Calavi/Atlantique; Parakou/Borgou; Abomey/Zou; "
                 "Natitingou/Atacora; Lokossa/Mono"),
    "BO": ("es", "La Paz/La Paz; El Alto/La Paz; Santa Cruz de la Sierra/Santa Cruz; Cochabamba/Cochabamba; "
                 "Sucre/Chuquisaca; Oruro/Oruro; Potosí/Potosí; Tarija/Tarija"),
    "BR": ("pt", "São Paulo/São Paulo; Rio de Janeiro/Rio de Janeiro; Belo Horizonte/Minas Gerais; Salvador/Bahia; "
                 "Recife/Pernambuco; Fortaleza/Ceará; Manaus/Amazonas; Porto Alegre/Rio Grande do Sul; "
                 "Brasília/Distrito Federal"),
    "BZ": ("en", "Belize City/Belize; Belmopan/Cayo; San Ignacio/Cayo; Orange Walk/Orange Walk; Dangriga/Stann Creek; "
                 "Punta Gorda/Toledo"),
    "CD": ("fr", "Kinshasa/Kinshasa; Lubumbashi/Haut-Katanga; Goma/Nord-Kivu; Bukavu/Sud-Kivu; Kisangani/Tshopo; "
                 "Mbuji-Mayi/Kasaï-Oriental; Matadi/Kongo-Central"),
    "CF": ("fr", "Bangui/Bangui; Berbérati/Mambéré-Kadéï; Bambari/Ouaka; Bouar/Nana-Mambéré; Bossangoa/Ouham"),
    "CG": ("fr", "Brazzaville/Brazzaville; Pointe-Noire/Pointe-Noire; Dolisie/Niari; Nkayi/Bouenza; Owando/Cuvette; "
                 "Ouesso/Sangha"),
    "CH": ("de", "Zürich/Zürich; Bern/Bern; Basel/Basel-Stadt; Luzern/Luzern; St. Gallen/St. Gallen; "
                 "Winterthur/Zürich; Aarau/Aargau"),
    "CI": ("fr", "Abidjan/District autonome d'Abidjan; Yamoussoukro/District autonome de Yamoussoukro; "
                 "Bouaké/Gbêkê; Daloa/Haut-Sassandra; Korhogo/Poro; San-Pédro/San-Pédro; Man/Tonkpi"),
    "CL": ("es", "Santiago/Región Metropolitana; Valparaíso/Valparaíso; Concepción/Biobío; Antofagasta/Antofagasta; "
                 "Temuco/La Araucanía; Puerto Montt/Los Lagos; Arica/Arica y Parinacota; Iquique/Tarapacá"),
    "CO": ("es", "Bogotá/Bogotá D.C.; Medellín/Antioquia; Cali/Valle del Cauca; Barranquilla/Atlántico; "
                 "Cartagena/Bolívar; Bucaramanga/Santander; Cúcuta/Norte de Santander; Pasto/Nariño"),
    "CR": ("es", "San José/San José; Alajuela/Alajuela; Cartago/Cartago; Heredia/Heredia; Liberia/Guanacaste; "
                 "Puntarenas/Puntarenas; Limón/Limón; Pérez Zeledón/San José"),
    "CV": ("pt", "Praia/Santiago; Mindelo/São Vicente; Santa Maria/Sal; Assomada/Santiago; São Filipe/Fogo"),
    "CY": ("en", "Nicosia/Nicosia; Limassol/Limassol; Larnaca/Larnaca; Paphos/Paphos; Paralimni/Famagusta"),
    "CZ": ("en", "Prague/Prague; Brno/South Moravian Region; Ostrava/Moravian-Silesian Region; Plzeň/Plzeň Region; "
                 "Olomouc/Olomouc Region; Liberec/Liberec Region"),
    "DE": ("de", "Berlin/Berlin; Hamburg/Hamburg; München/Bayern; Köln/Nordrhein-Westfalen; Frankfurt am Main/Hessen; "
                 "Stuttgart/Baden-Württemberg; Leipzig/Sachsen; Hannover/Niedersachsen; Bremen/Bremen"),
    "DK": ("en", "Copenhagen/Capital Region; Aarhus/Central Denmark Region; Odense/Region of Southern Denmark; "
                 "Aalborg/North Denmark Region; Esbjerg/Region of Southern Denmark; Roskilde/Region Zealand"),
    "EC": ("es", "Quito/Pichincha; Guayaquil/Guayas; Cuenca/Azuay; Latacunga/Cotopaxi; Machala/El Oro; "
                 "Portoviejo/Manabí; Ibarra/Imbabura; Esmeraldas/Esmeraldas"),
    "EE": ("en", "Tallinn/Harju County; Tartu/Tartu County; Narva/Ida-Viru County; Pärnu/Pärnu County; "
                 "Viljandi/Viljandi County"),
    "ES": ("es", "Madrid/Comunidad de Madrid; Barcelona/Cataluña; Valencia/Comunitat Valenciana; Sevilla/Andalucía; "
                 "Málaga/Andalucía; Zaragoza/Aragón; Bilbao/País Vasco; Las Palmas de Gran Canaria/Canarias; "
                 "Valladolid/Castilla y León; Algeciras/Andalucía"),
    "FI": ("en", "Helsinki/Uusimaa; Tampere/Pirkanmaa; Turku/Southwest Finland; Oulu/North Ostrobothnia; "
                 "Kuopio/North Savo; Joensuu/North Karelia"),
    "FR": ("fr", "Paris/Île-de-France; Lyon/Auvergne-Rhône-Alpes; Marseille/Provence-Alpes-Côte d'Azur; "
                 "Lille/Hauts-de-France; Toulouse/Occitanie; Bordeaux/Nouvelle-Aquitaine; Nantes/Pays de la Loire; "
                 "Strasbourg/Grand Est; Rennes/Bretagne; Rouen/Normandie; Dijon/Bourgogne-Franche-Comté"),
    "GA": ("fr", "Libreville/Estuaire; Port-Gentil/Ogooué-Maritime; Franceville/Haut-Ogooué; Oyem/Woleu-Ntem; "
                 "Lambaréné/Moyen-Ogooué; Mouila/Ngounié"),
    "GB": ("en", "London/England; Manchester/England; Birmingham/England; Leeds/England; Bristol/England; "
                 "Cardiff/Wales; Swansea/Wales; Glasgow/Scotland; Edinburgh/Scotland; Belfast/Northern Ireland"),
    "GE": ("en", "Tbilisi/Tbilisi; Kutaisi/Imereti; Batumi/Adjara; Rustavi/Kvemo Kartli; "
                 "Zugdidi/Samegrelo-Zemo Svaneti; Gori/Shida Kartli"),
    "GH": ("en", "Accra/Greater Accra; Kumasi/Ashanti; Tamale/Northern; Sekondi-Takoradi/Western; Cape Coast/Central; "
                 "Ho/Volta; Sunyani/Bono; Koforidua/Eastern"),
    "GR": ("en", "Athens/Attica; Thessaloniki/Central Macedonia; Patras/Western Greece; Heraklion/Crete; "
                 "Larissa/Thessaly; Ioannina/Epirus; Mytilene/North Aegean"),
    "GT": ("es", "Ciudad de Guatemala/Guatemala; Quetzaltenango/Quetzaltenango; Escuintla/Escuintla; "
                 "Cobán/Alta Verapaz; Puerto Barrios/Izabal; Huehuetenango/Huehuetenango; Mazatenango/Suchitepéquez"),
    "HN": ("es", "Tegucigalpa/Francisco Morazán; San Pedro Sula/Cortés; La Ceiba/Atlántida; Choluteca/Choluteca; "
                 "Comayagua/Comayagua; Santa Rosa de Copán/Copán; Juticalpa/Olancho"),
    "HR": ("en", "Zagreb/City of Zagreb; Split/Split-Dalmatia; Rijeka/Primorje-Gorski Kotar; Osijek/Osijek-Baranja; "
                 "Zadar/Zadar; Pula/Istria"),
    "HU": ("en", "Budapest/Budapest; Debrecen/Hajdú-Bihar; Szeged/Csongrád-Csanád; Miskolc/Borsod-Abaúj-Zemplén; "
                 "Pécs/Baranya; Győr/Győr-Moson-Sopron"),
    "IS": ("en", "Reykjavík/Capital Region; Akureyri/Northeastern Region; Hafnarfjörður/Capital Region; "
                 "Selfoss/Southern Region; Reykjanesbær/Southern Peninsula"),
    "IT": ("en", "Rome/Lazio; Milan/Lombardy; Naples/Campania; Turin/Piedmont; Palermo/Sicily; Bologna/Emilia-Romagna; "
                 "Florence/Tuscany; Bari/Apulia"),
    "KG": ("ru", "Бишкек/Бишкек; Ош/Ош; Джалал-Абад/Джалал-Абадская область; "
                 "Каракол/Иссык-Кульская область; Нарын/Нарынская область; Талас/Таласская область"),
    "KH": ("en", "Phnom Penh/Phnom Penh; Siem Reap/Siem Reap; Battambang/Battambang; Kampong Cham/Kampong Cham; "
                 "Sihanoukville/Preah Sihanouk; Kampot/Kampot"),
    "KZ": ("ru", "Астана/Астана; Алматы/Алматы; Шымкент/Шымкент; "
                 "Караганда/Карагандинская область; Актобе/Актюбинская область; "
                 "Павлодар/Павлодарская область; Усть-Каменогорск/Восточно-Казахстанская область"),
    "LB": ("ar", "بيروت/بيروت; طرابلس/الشمال; صيدا/الجنوب; زحلة/البقاع; صور/الجنوب; "
                 "بعلبك/بعلبك الهرمل"),
    "LI": ("de", "Vaduz/Oberland; Schaan/Oberland; Balzers/Oberland; Eschen/Unterland; Mauren/Unterland"),
    "LK": ("en", "Colombo/Western Province; Kandy/Central Province; Galle/Southern Province; Jaffna/Northern Province; "
                 "Batticaloa/Eastern Province; Anuradhapura/North Central Province; Kurunegala/North Western Province"),
    "LR": ("en", "Monrovia/Montserrado; Gbarnga/Bong; Buchanan/Grand Bassa; Zwedru/Grand Gedeh; Harper/Maryland; "
                 "Voinjama/Lofa; Kakata/Margibi"),
    "LT": ("en", "Vilnius/Vilnius County; Kaunas/Kaunas County; Klaipėda/Klaipėda County; Šiauliai/Šiauliai County; "
                 "Panevėžys/Panevėžys County; Alytus/Alytus County"),
    "LU": ("fr", "Luxembourg/Luxembourg; Esch-sur-Alzette/Esch-sur-Alzette; Differdange/Esch-sur-Alzette; "
                 "Ettelbruck/Diekirch; Schrassig/Luxembourg; Givenich/Grevenmacher"),
    "LV": ("en", "Riga/Riga; Daugavpils/Latgale; Liepāja/Kurzeme; Jelgava/Zemgale; Valmiera/Vidzeme"),
    "MA": ("ar", "الرباط/الرباط سلا القنيطرة; الدار البيضاء/الدار البيضاء سطات; فاس/فاس مكناس; "
                 "مراكش/مراكش آسفي; طنجة/طنجة تطوان الحسيمة; أكادير/سوس ماسة; وجدة/الشرق; "
                 "مكناس/فاس مكناس"),
    "MD": ("ru", "Кишинёв/Кишинёв; Бельцы/Бельцы; Кагул/Кагульский район; Орхей/Оргеевский район; "
                 "Унгены/Унгенский район; Сороки/Сорокский район"),
    "ME": ("en", "Podgorica/Podgorica; Nikšić/Nikšić; Bar/Bar; Herceg Novi/Herceg Novi; Bijelo Polje/Bijelo Polje"),
    "MG": ("fr", "Antananarivo/Analamanga; Toamasina/Atsinanana; Antsirabe/Vakinankaratra; "
                 "Fianarantsoa/Haute Matsiatra; Mahajanga/Boeny; Toliara/Atsimo-Andrefana; Antsiranana/Diana"),
    "MK": ("en", "Skopje/Skopje Region; Bitola/Pelagonia Region; Kumanovo/Northeastern Region; Tetovo/Polog Region; "
                 "Ohrid/Southwestern Region; Štip/Eastern Region"),
    "ML": ("fr", "Bamako/District de Bamako; Kayes/Kayes; Sikasso/Sikasso; Ségou/Ségou; Mopti/Mopti; "
                 "Koulikoro/Koulikoro; Tombouctou/Tombouctou; Gao/Gao"),
    "MN": ("en", "Ulaanbaatar/Ulaanbaatar; Darkhan/Darkhan-Uul; Erdenet/Orkhon; Choibalsan/Dornod; Khovd/Khovd; "
                 "Mörön/Khövsgöl"),
    "MR": ("ar", "نواكشوط/نواكشوط الغربية; نواذيبو/داخلت نواذيبو; روصو/الترارزة; كيفة/لعصابة; "
                 "كيهيدي/كوركول; ألاك/لبراكنة"),
    "MT": ("en", "Valletta/Southern Harbour; Paola/Southern Harbour; Birkirkara/Northern Harbour; Mosta/Northern; "
                 "Ħal Far/South Eastern; Victoria/Gozo and Comino"),
    "MU": ("en", "Port Louis/Port Louis; Beau Bassin-Rose Hill/Plaines Wilhems; Curepipe/Plaines Wilhems; "
                 "Mahébourg/Grand Port; Vacoas-Phoenix/Plaines Wilhems; Mon Désert Alma/Moka"),
    "MV": ("en", "Malé/Malé; Hulhumalé/Malé; Addu City/Addu; Fuvahmulah/Fuvahmulah; Kulhudhuffushi/Haa Dhaalu; "
                 "Maafushi/Kaafu"),
    "MX": ("es", "Ciudad de México/Ciudad de México; Guadalajara/Jalisco; Monterrey/Nuevo León; Puebla/Puebla; "
                 "Tijuana/Baja California; Oaxaca de Juárez/Oaxaca; Mérida/Yucatán; Tapachula/Chiapas; "
                 "Ciudad Juárez/Chihuahua; Hermosillo/Sonora"),
    "MZ": ("pt", "Maputo/Cidade de Maputo; Matola/Maputo; Beira/Sofala; Nampula/Nampula; Quelimane/Zambézia; "
                 "Tete/Tete; Pemba/Cabo Delgado; Lichinga/Niassa"),
    "NE": ("fr", "Niamey/Niamey; Zinder/Zinder; Maradi/Maradi; Tahoua/Tahoua; Agadez/Agadez; Dosso/Dosso; "
                 "Tillabéri/Tillabéri; Diffa/Diffa"),
    "NG": ("en", "Abuja/Federal Capital Territory; Lagos/Lagos; Kano/Kano; Ibadan/Oyo; Port Harcourt/Rivers; "
                 "Enugu/Enugu; Kaduna/Kaduna; Maiduguri/Borno; Benin City/Edo"),
    "NI": ("es", "Managua/Managua; León/León; Granada/Granada; Matagalpa/Matagalpa; Estelí/Estelí; "
                 "Chinandega/Chinandega; Bluefields/Costa Caribe Sur"),
    "NL": ("en", "Amsterdam/North Holland; Rotterdam/South Holland; The Hague/South Holland; Utrecht/Utrecht; "
                 "Eindhoven/North Brabant; Groningen/Groningen; Zwolle/Overijssel"),
    "NO": ("en", "Oslo/Oslo; Bergen/Vestland; Trondheim/Trøndelag; Stavanger/Rogaland; Tromsø/Troms; "
                 "Kristiansand/Agder"),
    "NR": ("en", "Yaren/Yaren District; Aiwo/Aiwo District; Denigomodu/Denigomodu District; Meneng/Meneng District"),
    "NZ": ("en", "Auckland/Auckland; Wellington/Wellington; Christchurch/Canterbury; Hamilton/Waikato; Dunedin/Otago; "
                 "Invercargill/Southland; Napier/Hawke's Bay"),
    "PA": ("es", "Ciudad de Panamá/Panamá; Colón/Colón; David/Chiriquí; Santiago de Veraguas/Veraguas; "
                 "Chitré/Herrera; La Chorrera/Panamá Oeste; Changuinola/Bocas del Toro"),
    "PE": ("es", "Lima/Lima; Arequipa/Arequipa; Trujillo/La Libertad; Chiclayo/Lambayeque; Cusco/Cusco; Piura/Piura; "
                 "Iquitos/Loreto; Huancayo/Junín; Puno/Puno"),
    "PH": ("en", "Manila/National Capital Region; Quezon City/National Capital Region; Cebu City/Central Visayas; "
                 "Davao City/Davao Region; Iloilo City/Western Visayas; Baguio/Cordillera Administrative Region; "
                 "Cagayan de Oro/Northern Mindanao"),
    "PL": ("en", "Warsaw/Masovian Voivodeship; Kraków/Lesser Poland Voivodeship; Łódź/Łódź Voivodeship; "
                 "Wrocław/Lower Silesian Voivodeship; Poznań/Greater Poland Voivodeship; "
                 "Gdańsk/Pomeranian Voivodeship; Lublin/Lublin Voivodeship"),
    "PS": ("ar", "رام الله/الضفة الغربية; نابلس/الضفة الغربية; الخليل/الضفة الغربية; "
                 "بيت لحم/الضفة الغربية; جنين/الضفة الغربية; أريحا/الضفة الغربية"),
    "PT": ("pt", "Lisboa/Área Metropolitana de Lisboa; Porto/Norte; Coimbra/Centro; Braga/Norte; Faro/Algarve; "
                 "Évora/Alentejo; Setúbal/Área Metropolitana de Lisboa; Funchal/Madeira; Ponta Delgada/Açores"),
    "PY": ("es", "Asunción/Capital; Ciudad del Este/Alto Paraná; Encarnación/Itapúa; Concepción/Concepción; "
                 "Pedro Juan Caballero/Amambay; Coronel Oviedo/Caaguazú; San Lorenzo/Central"),
    "RO": ("en", "Bucharest/Bucharest; Cluj-Napoca/Cluj; Iași/Iași; Timișoara/Timiș; Constanța/Constanța; "
                 "Craiova/Dolj; Brașov/Brașov"),
    "RS": ("en", "Belgrade/City of Belgrade; Novi Sad/Vojvodina; Niš/Nišava; Kragujevac/Šumadija; "
                 "Sremska Mitrovica/Vojvodina; Požarevac/Braničevo"),
    "RW": ("en", "Kigali/Kigali City; Huye/Southern Province; Musanze/Northern Province; Rubavu/Western Province; "
                 "Rusizi/Western Province; Nyagatare/Eastern Province"),
    "SE": ("en", "Stockholm/Stockholm County; Gothenburg/Västra Götaland County; Malmö/Skåne County; "
                 "Uppsala/Uppsala County; Umeå/Västerbotten County; Kumla/Örebro County"),
    "SI": ("en", "Ljubljana/Central Slovenia; Maribor/Drava; Celje/Savinja; Koper/Coastal-Karst; "
                 "Kranj/Upper Carniola; Novo Mesto/Southeast Slovenia"),
    "SK": ("en", "Bratislava/Bratislava Region; Košice/Košice Region; Prešov/Prešov Region; Žilina/Žilina Region; "
                 "Banská Bystrica/Banská Bystrica Region; Nitra/Nitra Region"),
    "SN": ("fr", "Dakar/Dakar; Thiès/Thiès; Saint-Louis/Saint-Louis; Kaolack/Kaolack; Ziguinchor/Ziguinchor; "
                 "Tambacounda/Tambacounda; Diourbel/Diourbel; Kolda/Kolda"),
    "SS": ("en", "Juba/Central Equatoria; Wau/Western Bahr el Ghazal; Malakal/Upper Nile; Yei/Central Equatoria; "
                 "Bor/Jonglei; Torit/Eastern Equatoria"),
    "TG": ("fr", "Lomé/Maritime; Tsévié/Maritime; Atakpamé/Plateaux; Kpalimé/Plateaux; Sokodé/Centrale; Kara/Kara; "
                 "Dapaong/Savanes"),
    "TN": ("ar", "تونس/تونس; صفاقس/صفاقس; سوسة/سوسة; القيروان/القيروان; بنزرت/بنزرت; قابس/قابس; "
                 "المنستير/المنستير; المرناقية/منوبة"),
    "TR": ("en", "Ankara/Ankara; Istanbul/Istanbul; İzmir/İzmir; Bursa/Bursa; Antalya/Antalya; Gaziantep/Gaziantep; "
                 "Diyarbakır/Diyarbakır; Van/Van"),  # noqa: RUF001 - Turkish dotless i
    "UA": ("en", "Kyiv/Kyiv; Lviv/Lviv Oblast; Odesa/Odesa Oblast; Dnipro/Dnipropetrovsk Oblast; "
                 "Kharkiv/Kharkiv Oblast; Vinnytsia/Vinnytsia Oblast; Zhytomyr/Zhytomyr Oblast"),
    "UY": ("es", "Montevideo/Montevideo; Canelones/Canelones; Maldonado/Maldonado; Salto/Salto; Paysandú/Paysandú; "
                 "Rivera/Rivera; Tacuarembó/Tacuarembó; Libertad/San José"),
    "ZA": ("en", "Johannesburg/Gauteng; Pretoria/Gauteng; Cape Town/Western Cape; Durban/KwaZulu-Natal; "
                 "Gqeberha/Eastern Cape; Bloemfontein/Free State; Polokwane/Limpopo; Mbombela/Mpumalanga"),
}

NEUTRAL_REGIONS = ("Capital District", "Northern Region", "Southern Region", "Eastern Region", "Western Region",
                   "Central Region")


def profile(iso2: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(language of place names, ((city, region), …)) for the State `iso2`: its entry in PROFILES,
    or English and neutral regions (each region standing for its own main town)."""
    entry = PROFILES.get(iso2)
    if entry is None:
        return "en", tuple((region, region) for region in NEUTRAL_REGIONS)
    lang, places = entry
    pairs = tuple(tuple(item.strip().split("/", 1)) for item in places.split(";"))
    return lang, tuple((city, region) for city, region in pairs)
