// De vragen van het intakegesprek, in de volgorde van het gesprek (CONTRACT.md, "Asking for advice"), met hun label.
// Soorten, keuzes (ook de leefgebieden), grenzen, verplichting en toelichting komen uit het OpenAPI-document van de
// service zelf; IntakeveldenTest faalt wanneer een veld van het verzoek hier ontbreekt of hier een veld staat dat het niet kent.
"use strict";
const INTAKEGROEPEN = [
  { titel: "De aanvraag", velden: [
    ["gemeente", "Gemeente"], ["regeling", "Regeling"], ["peildatum", "Peildatum (ingang van de indicatie)"],
    ["clientReferentie", "Zaakreferentie"], ["leveringsvorm", "Leveringsvorm"],
    ["einddatumHuidigeIndicatie", "Einddatum van de huidige indicatie (herindicatie)"], ["verlenging", "Verlenging van een bestaande toewijzing"]] },
  { titel: "De persoon en de grondslag", velden: [
    ["leeftijd", "Leeftijd (jaren)"], ["grondslagen", "Grondslagen"], ["dominanteGrondslag", "Dominante grondslag"],
    ["nah", "Niet-aangeboren hersenletsel"], ["ouderdomsgerelateerd", "Beperkingen komen door ouderdom"]] },
  { titel: "Leefgebieden en ernst", velden: [["leefgebieden", "Ernst per leefgebied"],
    ["complexiteit", "Complexiteit"], ["veiligheidsrisico", "Veiligheidsrisico"],
    ["gedrag", "Structureel gedrag"], ["kenmerkenComplex", "Kenmerken van complexe problematiek"]] },
  { titel: "Zelfredzaamheid", velden: [
    ["zelfinzicht", "Zelfinzicht"], ["zelfregie", "Zelfregie"], ["belastbaarheid", "Belastbaarheid"], ["leerbaarheid", "Leerbaarheid"],
    ["perspectief", "Perspectief"], ["planbaarheid", "Planbaarheid"], ["zorgOrganiseren", "Zorg zelf organiseren"],
    ["openVoorHulp", "Open voor hulp"], ["netwerk", "Netwerk"], ["daginvulling", "Daginvulling"],
    ["functioneleBeperkingen", "Functionele beperkingen"], ["socialeZelfredzaamheid", "Problemen in sociale zelfredzaamheid"],
    ["psychischeZelfredzaamheid", "Problemen in psychische zelfredzaamheid"], ["huishoudelijkeZelfstandigheid", "Huishoudelijke zelfstandigheid"]] },
  { titel: "Mantelzorg en toezicht", velden: [
    ["mantelzorg.overbelasting", "Overbelasting van de mantelzorger"], ["mantelzorg.wilOnderbreken", "Mantelzorger wil de zorg even onderbreken"],
    ["mantelzorg.vervangingBeschikbaar", "Vervanging is beschikbaar"], ["mantelzorg.tijdelijkAfwezig", "Mantelzorger is tijdelijk afwezig"],
    ["mantelzorg.vakantieOfZiekte", "Door vakantie of ziekte"], ["mantelzorg.zvwOndersteuningToereikend", "Ondersteuning uit de Zvw is toereikend"],
    ["toezicht.permanent", "Permanent toezicht nodig tijdens verblijf"], ["toezicht.nabijheid24uur", "24 uur per dag zorg of toezicht in de nabijheid"],
    ["toezicht.onplanbareZorgMetGezondheidsrisico", "Hoogfrequente onplanbare zorg met gezondheidsrisico's"],
    ["kanZelfHulpInroepen", "Kan zelf adequaat hulp inroepen"],
    ["kdvEtmalenPerWeek", "Kortdurend verblijf: etmalen per week"], ["kdvAaneengeslotenWeken", "Kortdurend verblijf: aaneengesloten weken"],
    ["kdvEtmalenPerJaar", "Kortdurend verblijf: etmalen per jaar"]] },
  { titel: "Andere wetten en voorzieningen", velden: [
    ["wlzIndicatie", "Heeft een Wlz-indicatie"], ["wlzAanvraagLopend", "Wlz-aanvraag loopt"], ["behandelingVoorliggend", "Behandeling gaat voor"],
    ["inBehandeling", "Is nu in behandeling"], ["wachtlijstBehandeling", "Wacht op behandeling"], ["zvwZorgNodig", "Persoonlijke verzorging of verpleging (Zvw) nodig"],
    ["voorliggendToereikend", "Algemene voorzieningen en netwerk volstaan"], ["beschermdWonen.toewijzing", "Heeft een toewijzing beschermd wonen"],
    ["beschermdWonen.wachtend", "Wacht op beschermd wonen"], ["beschermdWonen.uitstroom", "Stroomt uit beschermd wonen"]] },
  { titel: "Hulpvragen en dagbesteding", velden: [
    ["hulpvragen", "Hulpvragen"], ["dagbestedingType", "Soort dagbesteding"], ["loonwaardePercentage", "Loonwaarde (%)"],
    ["groep.contraIndicatie", "Contra-indicatie voor groepsbegeleiding"], ["groep.maxGroepsgrootte", "Grootste groep waarin de cliënt kan functioneren"]] },
  { titel: "Vervoer naar de dagbesteding", schakelaar: ["vervoer", "Er is vervoer naar de dagbesteding gevraagd"], velden: [
    ["vervoer.zelfstandig", "Kan zelfstandig of met het netwerk reizen"], ["vervoer.rolstoel", "Reist in een rolstoel"],
    ["vervoer.afstandKm", "Afstand enkele reis (hele km)"], ["vervoer.bovenlokaalNoodzakelijk", "Bovenlokale dagbesteding is noodzakelijk"],
    ["vervoer.reistijdMinuten", "Duur van de hele reis, enkele reis (minuten)"]] },
  { titel: "Huishouden (Stede Broec, profiel 4)", velden: [
    ["huishouden.personen", "Personen in het huishouden"], ["huishouden.volwassenHuisgenotenKunnenOvernemen", "Volwassen huisgenoten kunnen taken overnemen"],
    ["huishouden.kinderenOnder5", "Kinderen onder 5"], ["huishouden.kinderenOnder6", "Kinderen onder 6"], ["huishouden.kinderenOnder13", "Kinderen onder 13"],
    ["huishouden.hulphond", "Hulphond"], ["huishouden.huisdierAcuut", "Acute zorg voor huisdier"],
    ["huishouden.hogeVervuilingsgraad", "Hoge vervuilingsgraad"], ["huishouden.extraWasTijd", "Extra tijd voor de was"],
    ["huishouden.leeftijdHulpUitNetwerk", "Leeftijd van de hulp uit het netwerk (pgb)"],
    ["huishouden.resultaatgebieden", "Resultaatgebieden waarbij hulp nodig is (leeg: alle)"]] },
  { titel: "Stede Broec: pgb-vaardigheid en budgetbeheerder", velden: [
    ["pgb.budgetplan", "Vaardig: persoonlijk budgetplan"], ["pgb.financieelBeheer", "Vaardig: financieel beheer"],
    ["pgb.zorginhoudelijkBeheer", "Vaardig: zorginhoudelijk beheer"], ["pgb.werkgeverschap", "Vaardig: werkgeverschap"],
    ["pgb.budgetbeheerder", "Er is een budgetbeheerder"], ["pgb.budgetbeheerderLevertOndersteuning", "Budgetbeheerder levert zelf de ondersteuning"],
    ["pgb.budgetbeheerderOnderBewind", "Budgetbeheerder staat onder bewind"],
    ["pgb.budgetbeheerderAantalBudgethouders", "Aantal budgethouders van de budgetbeheerder"],
    ["pgb.budgetbeheerderBetaaldUitPgb", "Budgetbeheerder wordt uit het pgb betaald"],
    ["pgb.informeleAanbieder", "Informele aanbieder (sociaal netwerk) geeft de ondersteuning"],
    ["pgb.alleenVoorHulpvragen", "Pgb alleen voor deze hulpvragen (de rest in natura)"],
    ["pgb.zinEnPgbVoor2020", "Ontving vóór 2020 al zowel natura als pgb"]] },
  { titel: "Stede Broec: ophogingen en gevraagd arrangement", velden: [
    ["ophogingen", "Redenen om de uren te verhogen (Bijlage 3)"],
    ["gevraagdArrangement.profiel", "Gevraagd profiel"], ["gevraagdArrangement.intensiteit", "Gevraagde intensiteit"]] },
];
