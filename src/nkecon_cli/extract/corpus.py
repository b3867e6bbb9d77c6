"""The extractor's corpus: for each rule of English economic prose, what it matches and what it
produces, and what it must not match — in our own sentences, resolved against a fixed document date.

As in duckling's rules-plus-corpus, the corpus is the specification and the test suite
(tests/test_extract_corpus.py runs every entry through ``nkecon extract``'s pipeline): a rule arrives
with its examples, and a reader of ``extract/`` finds here, by the rule's name, the sentences it was
written for. Rules named here live in the module given with each group.

An example gives, for every figure it names, ``(value, unit, when)`` and optionally the kind, the
approximation and the comparison baseline's time; a figure not named may still be proposed. A
counter-example names the words that must NOT be proposed as a figure (``never``) and, optionally,
dates that must not date any figure (``never_when``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Want:
    value: float
    unit: str
    when: str
    kind: str | None = None
    approx: str | None = None
    compared_to: str | None = None  # the baseline's EDTF
    per: str | None = None
    measure: str | None = None
    value_max: float | None = None  # a range's upper end


@dataclass(frozen=True)
class Example:
    rule: str  # the rule's name, as its module documents it
    text: str
    doc: date
    figures: dict[str, Want] = field(default_factory=dict)  # figure text → what it must read as
    never: tuple[str, ...] = ()  # words that must not be proposed as a figure
    never_when: tuple[str, ...] = ()  # EDTF values no figure of the text may be dated by
    events: tuple[str, ...] = ()  # EDTF of event candidates (a dated sentence with no figure) expected
    never_per: tuple[str, ...] = ()  # figures that must not be read as a rate (``per`` null)
    stated: str | None = None  # the document's date as recorded, when coarser than ``doc`` ("2016": its first day)


D2013, D2015, D2016, D2019, D1998 = date(2013, 6, 1), date(2015, 9, 1), date(2016, 12, 1), date(2019, 11, 20), \
    date(1998, 3, 1)

CORPUS: tuple[Example, ...] = (
    # --- what governs a figure with no year of its own (attach, candidates) -----------------------------
    Example("section-year", "Energy in 2012\n\nCoal accounts for about 70 percent of primary energy supply. "
            "Hydropower supplies most of the rest.", D2016,
            {"about 70 percent": Want(70, "%", "2012", approx="about")}),
    Example("section-year", "In 2003, the economy was estimated to have grown slightly.\n\nExports reached "
            "$777 million, while imports were $1.6 billion.", D2015,
            {"$777 million": Want(777e6, "USD", "2003"), "$1.6 billion": Want(1.6e9, "USD", "2003")}),
    Example("section-year", "Coal in 2016\n\nPower cuts hit the mines during the winter of 2016.\n\nThe Anju complex "
            "produced 6.8 million tonnes.", date(2017, 3, 15), {"6.8 million tonnes": Want(6.8e6, "t", "2016")}),
    # a news story's paragraphs, after its dateline, are one account: a time one of them states goes on governing
    # the next ones, and the headline's year only what none of them dates (candidates: news-story)
    Example("news-story", "Budget report 2016\n\nPYONGYANG, March 3 (KCNA) -- The minister said the plan of revenue "
            "for last year was fulfilled 101.2 percent.\n\nThe local budget was carried out at 103.5 percent.",
            date(2016, 3, 3), {"101.2 percent": Want(101.2, "%", "2015"), "103.5 percent": Want(103.5, "%", "2015")}),
    Example("news-story", "Trade report 2020\n\nSEOUL, May 2 (Yonhap)3 — Exports to China fell 4 percent last "
            "year.\n\nImports reached $2.6 billion.", date(2020, 5, 2),
            {"$2.6 billion": Want(2.6e9, "USD", "2019")}, never_when=("2020-05-02",)),
    # counter-example: with no dateline, each paragraph under a heading keeps its own dates (section-year above)
    Example("news-story", "Budget report 2016\n\nThe minister said the plan of revenue for last year was "
            "fulfilled 101.2 percent.\n\nThe local budget was carried out at 103.5 percent.", date(2016, 3, 3),
            {"101.2 percent": Want(101.2, "%", "2015"), "103.5 percent": Want(103.5, "%", "2016")}),
    # the date of an event the sentence names governs that sentence only; the story's time goes on after it
    # (candidates: event-date)
    Example("event-date", "Trade hits a record high in 2013\nSEOUL, May 22 (Yonhap) -- Trade rose 8 percent to a "
            "record.\n\"The checks, in protest of the nuclear test in February 2013, had no effect,\" it added.\nCoal "
            "exports surged 14.9 percent on-year to $1.43 billion.", date(2014, 5, 22),
            {"14.9 percent": Want(14.9, "%", "2013")}, never_when=("2013-02",)),
    # a relative clause's date is its antecedent's; the period the section is about goes on governing
    Example("event-date", "Exports rose 16.5 percent in the first half of 2000.\n\nFish - which recorded the "
            "highest export growth last year - stayed strong.\n\nImports were led by food aid from Japan (US$18.38 "
            "million).", date(2000, 9, 1), {"US$18.38 million": Want(18.38e6, "USD", "2000-01/2000-06")}),
    # counter-example: a time the sentence is set in, not an event's, goes on governing
    Example("event-date", "Trade hits a record high in 2013\nSEOUL, May 22 (Yonhap) -- Trade rose 8 percent to a "
            "record.\nIn February 2013 the checks were tightened.\nCoal exports surged 14.9 percent on-year to $1.43 "
            "billion.", date(2014, 5, 22), {"14.9 percent": Want(14.9, "%", "2013-02")}),
    Example("journal-entry", "Journal for the period 1 to 20 May 1957\n\n12 May 1957\n\nKim said that the works "
            "delivered about 20,000 tons of zinc.", date(1957, 5, 20), {"about 20,000 tons": Want(20000, "t", "1957")},
            never_when=("1957-05-01/1957-05-20",)),
    # a page's date line with its hour ends what the page's menu above it says: "Games 2002" governs nothing below
    Example("journal-entry", "Front Page\n\nWorld Games 2002\n\nTuesday, 20 January, 1998, 18:44 GMT\nGrain short "
            "again\n\nThe government plans to import 500,000 tons of grain, and it had 1.4 million tons in storage "
            "by the end of September last year.", date(1998, 1, 20),
            {"500,000 tons": Want(500000, "t", "1998"), "1.4 million tons": Want(1.4e6, "t", "1997-09")},
            never_when=("2002",)),
    # a page's date line set after a slash ("/ 1 January 2002") is a date line as well, and governs nothing below
    Example("journal-entry", "/ 1 January 2002\n\nReform\n\nOne public servant saw his salary rise 17 times.",
            date(2002, 1, 1), {"17 times": Want(17, "times", "2002")}, never_when=("2002-01-01",), stated="2002"),
    # counter-example: a heading that is a span still governs when no entry's day follows it
    Example("journal-entry", "Report for the period 1 to 20 May 1957\n\nThe works delivered about 20,000 tons of "
            "zinc.", date(1957, 5, 20), {"about 20,000 tons": Want(20000, "t", "1957-05-01/1957-05-20")}),
    # a profile's field, a paragraph opening with its label, is an entry of its own: the dates of the entries before
    # it do not govern it (candidates: field-entry)
    Example("field-entry", "Economy: output fell 5 percent in 1991.\n\nAgriculture and Fisheries: Secondary to "
            "industry. Estimated 18 percent of land farmed.", date(1994, 6, 1),
            {"5 percent": Want(5, "%", "1991"), "18 percent": Want(18, "%", "1994")}),
    Example("field-entry", "Market prices\n\n1) Corn\n-Sinuiju: 400won/kg (November)\n\n2) Beef: 7,000won/kg\n",
            date(2005, 12, 31), {"7,000won/kg": Want(7000, "KPW-1959/kg", "2005")}),
    # a list's items are points of their own: one item's date does not govern the next
    Example("field-entry", "At the request of the government the mission visited farms in all provinces in October "
            "2013.\n\n• Rains in July and early August hurt maize.\n• Soybean yields fell 6 percent.\n",
            date(2013, 11, 28), {"6 percent": Want(6, "%", "2013")}),
    # counter-example: after a lead-in ending in a colon, the time governing the lead-in governs the items

    Example("field-entry", "In the first half of 1962 output rose sharply. He gave these figures:\n\n1. Coal: 5.1 "
            "million tons.\n\n"
            "2. Steel: output rose by 12%.\n", date(1962, 9, 3),
            {"5.1 million tons": Want(5.1e6, "t", "1962-01/1962-06"), "12%": Want(12, "%", "1962-01/1962-06")}),
    # counter-example: a paragraph of prose goes on in the time the one before stated
    Example("field-entry", "Output fell 5 percent in 1991.\n\nThe farms, secondary to industry, lost 18 percent of "
            "their land.", date(1994, 6, 1), {"18 percent": Want(18, "%", "1991")}),
    Example("future-no-present", "The corn area will be expanded beginning next year. He said there are about "
            "200,000 tons of corn.", date(1960, 11, 3), {"about 200,000 tons": Want(200000, "t", "1960")}),
    # counter-example: a sentence of the future still takes the future time stated before it
    Example("future-no-present", "The corn area will be expanded next year. The harvest will reach 4 million tons.",
            date(1960, 11, 3), {"4 million tons": Want(4e6, "t", "1961", kind="target")}),
    Example("figure-line-no-heading", "Highlights of 2007:\n\nMining increased 0.4% in 2007, down from 1.9% in "
            "2006\n\nServices rose 1.7%.", date(2008, 6, 17), {"1.7%": Want(1.7, "%", "2007")}),
    # a bracketed figure of another time is that figure's; it dates neither the figure before it nor the next
    # sentence (attach: bracketed-comparison)
    Example("bracketed-comparison", "Highlights of 2011:\n\nCoal output rose 3.2% in 2011.\n\nPower output rose "
            "2.9%, (+1.4% in 2010), from new dams. Cement output fell 0.6%.", date(2012, 5, 2),
            {"2.9%": Want(2.9, "%", "2011"), "1.4%": Want(1.4, "%", "2010"), "0.6%": Want(0.6, "%", "2011")}),
    # a bracketed clause of its own, with a verb or a figure after its date, dates only what it says
    Example("bracketed-comparison", "In 1959 the country will deliver 130 tons of butter (50 tons in 1958); 50 tons "
            "of wool; 5,000 hides (there were no deliveries in 1958). Each side will deliver a million rubles of "
            "goods (for 1958 the deliveries are set at 1,200,000 rubles).", date(1958, 8, 26),
            {"130 tons": Want(130, "t", "1959"), "5,000 hides": Want(5000, "count", "1959"),
             "1,200,000 rubles": Want(1.2e6, "RUB-1947", "1958")}),
    Example("bracketed-comparison", "In 2019 fish catches fell 5% (up 2% in 2018) and exports reached $40 million "
            "(vs. $55 million a year earlier).", date(2020, 3, 1),
            {"5%": Want(5, "%", "2019"), "2%": Want(2, "%", "2018"), "$40 million": Want(40e6, "USD", "2019")}),
    Example("bracketed-comparison", "Output shrank 0.5% in 2019, after a 1.1% fall in 2018. Mining fell (-6.1% vs "
            "-2.2% in 2018), and farming rose 1.2%.", date(2020, 7, 1),
            {"-6.1%": Want(6.1, "%", "2019", compared_to="2018"), "-2.2%": Want(2.2, "%", "2018"),
             "1.2%": Want(1.2, "%", "2019")}),
    # counter-example: a bracket with no figure before its date dates the figure before it
    Example("bracketed-comparison", "The population reached 24.1 million (2008 census). Half of it is urban.",
            date(2012, 5, 2), {"24.1 million": Want(24.1e6, "people", "2008")}),
    # the level a share or a multiple is of, said as what it was then: "a fifth of what they were in 1990" is a share
    # of the document's year (attach: what-it-was)
    Example("what-it-was", "Exports are now a fifth of what they were in 1990, and output is half what it was in "
            "1989.", D2016, {"a fifth": Want(20, "%", "2016-12-01", compared_to="1990")}, never_when=("1990", "1989")),
    # both figures of a list compared with are baselines, each of its own time; neither time governs what follows
    Example("baseline-list", "Shipments in December alone were 3.1 million tonnes, compared with 2.4 million tonnes "
            "in November and 1.9 million tonnes a year earlier. Buyers paid $60 a tonne in the fourth quarter.",
            date(2017, 1, 20), {"3.1 million tonnes": Want(3.1e6, "t", "2016-12"),
                                "2.4 million tonnes": Want(2.4e6, "t", "2016-11"),
                                "1.9 million tonnes": Want(1.9e6, "t", "2015-12"),
                                "$60 a tonne": Want(60, "USD/t", "2016-10/2016-12")}),
    Example("baseline-following", "In 2007 farm output fell 9.4% following a 2.6% fall in 2006.", date(2008, 6, 17),
            {"9.4%": Want(9.4, "%", "2007"), "2.6%": Want(2.6, "%", "2006")}),
    # what is said of a figure in the present is no present time of it (sentenceclaims: reported-present)
    Example("reported-present", "In 1967 trade with China came to about 100 million rubles. The figure of 135 million "
            "rubles known in Pyongyang is based on Soviet estimates.", date(1968, 1, 3),
            {"135 million rubles": Want(135e6, "RUB-1961", "1967")}),
    # a word of trade used as a noun is no present verb: the sentence goes on in the time of the one before
    # (sentenceclaims: trade-noun-no-present); counter-example: the same word as the verb of its subject
    Example("trade-noun-no-present", "For 2002/03 (November/October) the deficit is put at 1.1 million tonnes. Of "
            "this, the commercial import capacity is estimated at only 150 000 tonnes.", date(2002, 11, 19),
            {"150 000 tonnes": Want(150000, "t", "2002-11/2003-10")}),
    Example("trade-noun-no-present", "In 1998 the mines produced 2 million tonnes. The country exports about "
            "300,000 tonnes of coal.", date(2016, 6, 1),
            {"about 300,000 tonnes": Want(300000, "t", "2016", approx="about")}),
    # a present sentence under a period that holds the document's date and runs on is of that period (sentenceclaims:
    # present-in-period); counter-example: under a span counted up to the document ("since 2000") it is of the year
    Example("present-in-period", "For 2013/14 (November/October) the deficit is put at 340,000 tonnes. Part of this "
            "is already covered by imports of 300,000 tonnes.", date(2013, 11, 28),
            {"300,000 tonnes": Want(300000, "t", "2013-11/2014-10")}),
    Example("present-in-period", "Output has fallen since 2000. Coal accounts for 70 percent of supply.", D2016,
            {"70 percent": Want(70, "%", "2016")}),
    # a wire's verbs of change in the past make a sentence of the past, which the time before it governs ("exports"
    # and "imports" are no present verbs then); counter-example: the same words in the present
    Example("present-tense", "The economy grew 1 percent in 2015. Exports slipped 14.8 percent to $2.7 billion, "
            "while imports shed 20 percent. Coal sales dipped 8 percent and fuel purchases went up 3 percent.", D2016,
            {"14.8 percent": Want(14.8, "%", "2015"), "20 percent": Want(20, "%", "2015"),
             "8 percent": Want(8, "%", "2015"), "3 percent": Want(3, "%", "2015")}),
    Example("present-tense", "Grain imports were 410,000 tons in 2014. Imports dip every winter, and corn costs 2,000 "
            "won.", D2016, {"2,000 won": Want(2000, "KPW/kg", "2016")}),
    # what persons do, said in the present, is of the document's time, not of a span named before (counter-example:
    # the same in the past keeps the span)
    Example("present-tense", "There have been some 4,000 miners from the North in the province since 2005.\n\nAround "
            "2,000 North Koreans work in the port.", date(2015, 7, 3),
            {"Around 2,000 North Koreans": Want(2000, "people", "2015", approx="about")}),
    Example("present-tense", "In 2005 some 4,000 miners from the North came to the province.\n\nAround 2,000 North "
            "Koreans worked in the port.", date(2015, 7, 3),
            {"Around 2,000 North Koreans": Want(2000, "people", "2005", approx="about")}),
    # a present perfect tells what was done, in the time the passage names (sentenceclaims: present-perfect);
    # counter-examples: a report's verb in it tells what is held now, and a present state is of now
    Example("present-perfect", "Kanggye, June 1 (KCNA) -- The Kanggye Tractor Plant has overfulfilled its plan for "
            "May.\n\nIts workers have carried out the plan for tractors at 104%.\n\nIt now has 650 workers.",
            date(2018, 6, 1), {"104%": Want(104, "%", "2018-05"), "650 workers": Want(650, "people", "2018-06-01")}),
    Example("present-perfect", "Exports of zinc fell in April 2019. The ministry has estimated mineral deposits at "
            "some $6.3 trillion.", date(2019, 10, 2), {"some $6.3 trillion": Want(6.3e12, "USD", "2019",
                                                                                   approx="about")}),
    Example("present-tense", "Coal accounts for about 70 percent of primary energy supply.", D2016,
            {"about 70 percent": Want(70, "%", "2016", approx="about")}),
    Example("document-year", "Exports of anthracite fell sharply, traders said.", D2016, never_when=("2016-12-01",)),
    Example("document-year", "Pig iron output reached 1.2 million tons.", D2016,
            {"1.2 million tons": Want(1.2e6, "t", "2016")}),
    # a future told to be done by a time: its later sentences of the future are of that time (candidates:
    # deadline-future); counter-example below: a sentence in the present is of the document's time
    Example("deadline-future", "A new bridge will link the two banks by 2014. The old bridge was built in 1937. The "
            "complex will cover 38 hectares and cost two billion yuan.", date(2013, 10, 15),
            {"38 hectares": Want(38, "ha", "2014"), "two billion yuan": Want(2e9, "CNY", "2014")}),
    Example("deadline-governs-nothing", "This year's accounts will be closed by the end of December. The harvest "
            "is about 3.7 million tons.", date(1960, 11, 3), {"about 3.7 million tons": Want(3.7e6, "t", "1960")}),
    # --- comparison baselines are not the figure's date (attach) ----------------------------------------
    # the start of a record is no time of the figures (attach: record-since)
    Example("record-since", "Trade reached $7.3 billion in 2013. It is the highest since the agency began compiling "
            "data in 1990. Exports jumped 11.7 percent to $3.2 billion.", date(2014, 5, 22),
            {"11.7 percent": Want(11.7, "%", "2013"), "$3.2 billion": Want(3.2e9, "USD", "2013")},
            never_when=("1990",)),
    # counter-examples: a noun ending in -est is no superlative; "since 2009" after a change is the time counted
    # from, a baseline, and the figure is of now
    Example("record-since", "The harvest since 2009 rose 20 percent.", date(2014, 5, 22),
            {"20 percent": Want(20, "%", "2009-01-01/2014-05-22")}),  # "since 2009": from 2009 to the document
    Example("record-since", "Trade has grown 40 percent since 2009.", date(2014, 5, 22),
            {"40 percent": Want(40, "%", "2014")}),
    # a time that comes back every year governs no later sentence (candidates: habitual-time); counter-example: a
    # time of this year does
    Example("habitual-time", "In early May each year, brigades plant the paddies. The farm expects 4,000 tons.",
            date(2018, 9, 1), {"4,000 tons": Want(4000, "t", "2018")}),
    Example("habitual-time", "In early May this year, brigades planted the paddies. The farm harvested 4,000 tons.",
            date(2018, 9, 1), {"4,000 tons": Want(4000, "t", "2018-05-01/2018-05-10")}),
    # two numbers before one noun, each with its adjective: both count it (quantities: shared-noun); counter-example:
    # a number with a noun of its own keeps it
    Example("shared-noun", "The mill employs 120 skilled and 340 unskilled workers.", D2015,
            {"120 skilled": Want(120, "people", "2015"), "340 unskilled workers": Want(340, "people", "2015")}),
    Example("shared-noun", "The mill employs 120 skilled workers and 340 carts.", D2015,
            {"120 skilled workers": Want(120, "people", "2015"), "340 carts": Want(340, "count", "2015")}),
    # things counted per thousand people are a rate, per ten thousand too (quantities: rate-per-thousand);
    # counter-example: things counted with no base are a count
    Example("rate-per-thousand", "In 2000 there were 3.3 doctors per 1,000 people and 42 hospital beds per 10,000 "
            "people.", D2016, {"3.3 doctors per 1,000 people": Want(3.3, "per-1000", "2000"),
                               "42 hospital beds per 10,000 people": Want(42, "per-10000", "2000")}),
    Example("rate-per-thousand", "In 2000 the province had 420 hospital beds and 3,300 doctors.", D2016,
            {"3,300 doctors": Want(3300, "people", "2000")}),
    # a caption's run of years over rows of as many figures: a figure a year, in order (tables: grid-caption-years);
    # counter-example: rows of one figure each keep the caption's span
    # a row's period as a span of months in a cell of its own (tables: grid-time-column)
    Example("grid-time-column", "Item | Season | Quota\nKelp | March - April | 120 kg\nMackerel | July - September | "
            "75 kg\n", date(1953, 1, 1), {"120 kg": Want(120, "kg", "1953-03/1953-04", kind="statistic",
                                                      measure="Kelp — Quota"),
                                         "75 kg": Want(75, "kg", "1953-07/1953-09")}, stated="1953"),
    # a caption's unit at its end, as Korean statistics set it, and a unit's line over the caption (tables:
    # grid-unit-line)
    Example("grid-unit-line", "Table 2. Trade with China                Unit: US$ million\nYear\tExports\tImports\n"
            "2013\t2,912\t3,633\n", D2016, {"2,912": Want(2.912e9, "USD", "2013")}),
    Example("grid-unit-line", "(Unit: 1,000 tons)\nTable 4. Grain production\nYear\tRice\tMaize\n2013\t2,901\t2,323\n",
            D2016, {"2,901": Want(2.901e6, "t", "2013")}, never=("1,000",)),
    # Korean statistics' "Unit: US$ 1 million, %": the money a million, the change's column per cent, the "1" no figure;
    # a change's column after columns of years is of the last of them (tables: grid-unit-line, grid-change-column)
    Example("grid-unit-line", "Unit: US$ 1 million, %\nYear\tTrade\tGrowth\n2013\t6,545\t10.4\n", D2016,
            {"6,545": Want(6.545e9, "USD", "2013"), "10.4": Want(10.4, "%", "2013")}, never=("US$ 1", "US$ 1 million")),
    Example("grid-change-column", "Category\t2013\t2014\tChange (%)\nExports\t2,912\t2,842\t-2.4\n", D2016,
            {"-2.4": Want(2.4, "%", "2014")}),
    # a column's own unit in brackets beats the caption's (tables: grid-label-unit)
    Example("grid-label-unit", "Trade by item (US$ thousand)\nItem\tAmount\tShare (%)\nCoal\t1,379,000\t40.1\n",
            D2016, {"1,379,000": Want(1.379e9, "USD", "2016"), "40.1": Want(40.1, "%", "2016")}),
    # Korean tables write a minus as "△" (gridcells: grid-marks)
    Example("grid-marks", "Economic growth rate of North Korea (%)\nYear\t2013\t2014\t2015\nGrowth\t1.1\t1.0\t△1.1\n",
            D2016, {"△1.1": Want(-1.1, "%", "2015"), "1.0": Want(1.0, "%", "2014")}),
    # an exchange rate's caption names the home money ("won per US$"); a survey's day heads its row ("2016-01-05"); the
    # press's "Jan. 19" is a day, "Jan-19" a month of 2019 (tablecells, tables, gridcells: grid-time-column)
    Example("grid-time-column", "Exchange rates (won per US$)\nDate | Pyongyang | Sinuiju\nJan. 5 | 8,100 | 8,150\n"
            "Jan. 19 | 8,200 | 8,250\n", date(2016, 1, 25), {"8,100": Want(8100, "KPW", "2016-01-05"),
                                                           "8,250": Want(8250, "KPW", "2016-01-19")}),
    Example("grid-time-column", "Rice prices (won/kg)\nDate\tPyongyang\tSinuiju\n2016-01-05\t5,000\t5,100\n", D2016,
            {"5,000": Want(5000, "KPW/kg", "2016-01-05")}),
    Example("grid-time-column", "Coal exports (US$ million)\nJan-19 | 120\nFeb-19 | 95\n", date(2019, 6, 1),
            {"120": Want(120e6, "USD", "2019-01"), "95": Want(95e6, "USD", "2019-02")}),
    Example("grid-caption-years", "Grain output, 2013-2014 (thousand tonnes)\nRice 2,901 2,626\nMaize 2,323 2,385\n",
            D2016, {"2,901": Want(2.901e6, "t", "2013"), "2,626": Want(2.626e6, "t", "2014"),
                    "2,385": Want(2.385e6, "t", "2014")}),
    Example("grid-caption-years", "Grain output, 2013-2014 (thousand tonnes)\nRice 5,527\nMaize 4,708\nWheat 210\n",
            D2016, {"5,527": Want(5.527e6, "t", "2013/2014")}),
    # a table's note by its letter under the last row ends no row: "b Estimate." is no sentence going on (grid:
    # grid-note-unit); counter-example: a sentence wrapped onto a line that begins in lower case is prose
    Example("grid-note-unit", "Exports (US$ million)\n2013 53.5b\n2014 48.2\nb Estimate.\n", D2016,
            {"53.5b": Want(53.5e6, "USD", "2013"), "48.2": Want(48.2e6, "USD", "2014")}),
    Example("grid-not-a-table", "Coal output reached 2,000 tons in 2013 and\na new mine opened in 2014.\n", D2016,
            {"2,000 tons": Want(2000, "t", "2013")}),
    # a table of two columns with one pipe between them, and a column of note numbers that is no figure
    # (gridcells, tables: grid-series-page)
    Example("grid-series-page", "Rice production (million tonnes)\nYear | Value\n2012R | 2,5\n2013 | 2,7\n", D2016,
            {"2,5": Want(2.5e6, "t", "2012"), "2,7": Want(2.7e6, "t", "2013")}),
    Example("grid-series-page", "Prevalence of underweight (% of children)\nYear\tValue\tFootnotes\n2000\t24.7\t1\n"
            "2004\t23.4\t1\n", date(2020, 1, 1), {"24.7": Want(24.7, "%", "2000")}, never=("1",)),
    # a table's column marked by a note under it takes the note's unit (tables: grid-note-unit)
    Example("grid-note-unit", "Country | Phones a | Cinemas | Web users b\nNorth Korea | 42 | 3 | 17\n"
            "South Korea | 433 | 12 | 390\na per 1,000 people\nb per 10,000 people\n", date(2002, 6, 1),
            {"42": Want(42, "per-1000", "2002"), "3": Want(3, "count", "2002"), "390": Want(390, "per-10000", "2002")}),
    # the won's plural, as some translations write it (units)
    Example("won-plural", "Maize sold for 3200 North Korean Wons (KPW) a kilogram in Hyesan in 2013.", D2016,
            {"3200 North Korean Wons": Want(3200, "KPW/kg", "2013")}),
    # a rate's period as the adjective of its capacity, cap or quota, or of a day's output (quantities:
    # rate-period); counter-examples: a year's total named "annual" is no rate
    Example("rate-period", "Its daily output is 400 tons, and it has an annual capacity of 300,000 tons.", D2016,
            {"400 tons": Want(400, "t", "2016", per="day"), "300,000 tons": Want(3e5, "t", "2016", per="year")}),
    Example("rate-period", "Annual output reached 2 million tons in 2015; the annual budget for 2018 was 5 billion "
            "won.", D2016, {"2 million tons": Want(2e6, "t", "2015")}, never_per=("2 million tons",)),
    # the same cap measured otherwise after "or" shares its period (quantities: rate-period)
    Example("rate-period", "The resolution capped coal exports at $400.9 million or 7.5 million tons per year.",
            date(2017, 2, 24), {"$400.9 million": Want(400.9e6, "USD", "2017", per="year"),
                                "7.5 million tons": Want(7.5e6, "t", "2017", per="year")}),
    # a head count takes a period only said just after it (quantities: rate-period)
    Example("rate-period", "The brickworks, with 150 workers, fired 20,000 bricks daily, and water went to 11,000 "
            "people per day.", D2016, {"150 workers": Want(150, "people", "2016"),
                                       "11,000 people": Want(11000, "people", "2016", per="day")},
            never_per=("150 workers",)),
    # a per cent a year said before it, as after it (quantities: rate-period)
    Example("rate-period", "The won fell at an annualized rate of 120 percent, and rents rose 15 percent annually.",
            D2016, {"120 percent": Want(120, "%", "2016", per="year"),
                    "15 percent": Want(15, "%", "2016", per="year")}),
    Example("rate-period", "The won fell 120 percent in 2015.", D2016,
            {"120 percent": Want(120, "%", "2015")}, never_per=("120 percent",)),
    Example("rate-over-change", "Output rose from 200,000 tons in 1961 to 1.45 million tons in 1967, an annual growth "
            "rate of 14.5 percent against the planned rate of 16 percent.", D1998,
            {"200,000 tons": Want(2e5, "t", "1961"), "1.45 million tons": Want(1.45e6, "t", "1967"),
             "14.5 percent": Want(14.5, "%", "1961/1967"), "16 percent": Want(16, "%", "1961/1967")}),
    # counter-example: a share that is no rate of the change keeps its own date
    Example("rate-over-change", "Output rose from 200,000 tons in 1961 to 450,000 tons in 1967, 40 percent of it "
            "coal in 1967.", D1998, {"40 percent": Want(40, "%", "1967")}),
    Example("baseline-from", "Exports to China rose 3.1 percent from 2012, customs data showed.", D2013,
            {"3.1 percent": Want(3.1, "%", "2013", compared_to="2012")}),
    Example("baseline-on-year", "Rice prices fell 12 percent on-year in the second quarter.", D2013,
            {"12 percent": Want(12, "%", "2013-04/2013-06")}),
    Example("baseline-on-year", "Coal shipments fell 12 percent on-year.", D2013,
            {"12 percent": Want(12, "%", "2013")}),
    Example("baseline-previous-year", "In 2014 the harvest was 4.8 million tons, greater than the previous year.",
            D2015, {"4.8 million tons": Want(4.8e6, "t", "2014")}, never_when=("2013",)),
    Example("change-a-year-earlier", "Output of cement in 2016 was 14 per cent more than a year earlier.", D2016,
            {"14 per cent": Want(14, "%", "2016", compared_to="2015")}),
    Example("change-a-year-earlier", "Coal output in 2015 was 14 per cent more than a year earlier.", D2016,
            {"14 per cent": Want(14, "%", "2015", compared_to="2014")}, never_per=("14 per cent",)),
    # --- forecasts, relative years, periods (dates, measures) -------------------------------------------
    # a relative date finer than the document's own date is taken at the document's precision (dates:
    # finer-than-document): in a document dated only 2016, "a few days ago" is no day of late 2015
    Example("finer-than-document", "Currently the budget revenue is $3.2 billion and its spending $3.3 billion.",
            date(2016, 1, 1), {"$3.2 billion": Want(3.2e9, "USD", "2016")}, never_when=("2016-01-01",),
            stated="2016"),
    Example("finer-than-document", "Rice, which sold for 5,000 won until a few days ago, now sells for 4,500 won.",
            date(2016, 1, 1), {"5,000 won": Want(5000, "KPW/kg", "2016")}, never_when=("2015-12-29",), stated="2016"),
    # a part of a month "of" a year counted from the document: one time, not a month of the document's year and a year
    Example("part-of-month", "At the end of March, rice fell to 820 won per kg, around 200 won lower than early "
            "January of this year; in late January of last year it had cost 1,000 won.", date(2008, 4, 1),
            {"820 won per kg": Want(820, "KPW-1959/kg", "2008-03-21/2008-03-31"),
             "1,000 won": Want(1000, "KPW-1959/kg", "2007-01-21/2007-01-31")}, never_when=("2008-01-21/2008-01-31",)),
    # "early this month", "the end of last month": a third of a month counted from the document (relativedates:
    # part-of-month)
    Example("part-of-month", "Rice reached 2,400 won per kilogram early this month.", date(2011, 9, 23),
            {"2,400 won per kilogram": Want(2400, "KPW/kg", "2011-09-01/2011-09-10")}),
    Example("part-of-month", "Maize fell to 1,100 won per kilogram at the end of last month.", date(2011, 9, 23),
            {"1,100 won per kilogram": Want(1100, "KPW/kg", "2011-08-21/2011-08-31")}),
    # "at the start of the year", "by the end of the year": the first or last month of the year that governs — the
    # document's, as a month named alone is, or the passage's (dategrammar, resolution: part-of-the-year);
    # counter-example: "the end of the year before" counts back
    Example("part-of-the-year", "A dollar fetched 8,200 won at the end of March, compared with 7,900 won at the start "
            "of the year.", date(2016, 3, 30), {"8,200 won": Want(8200, "KPW", "2016-03-21/2016-03-31"),
                                                "7,900 won": Want(7900, "KPW", "2016-01")}),
    Example("part-of-the-year", "In 2014 the mine produced 1.2 million tons. By the end of the year its output had "
            "reached 1.5 million tons.", date(2016, 3, 30), {"1.5 million tons": Want(1.5e6, "t", "2014-12")}),
    Example("part-of-the-year", "Exports had fallen 20 percent by the end of the year before.", date(2016, 3, 30),
            {"20 percent": Want(20, "%", "2015")}, never_when=("2016-12",)),
    # the end (beginning) of a year is its last (first) month; "late" and "early" its last and first thirds
    Example("end-of-year", "From the end of last year to this January, rice sold for about 1,000 won a kilogram.",
            date(2007, 1, 20),
            {"about 1,000 won a kilogram": Want(1000, "KPW-1959/kg", "2006-12/2007-01", approx="about")}),
    # a season of a year counted from the document
    Example("end-of-year", "The spring season of this year saw 9,000 hectares planted, and the autumn period last "
            "year 25,600 hectares.", date(1997, 6, 9),
            {"9,000 hectares": Want(9000, "ha", "1997-03/1997-05"),
             "25,600 hectares": Want(25600, "ha", "1996-09/1996-11")}),
    Example("end-of-year", "In autumn last year 25,600 hectares of land were improved.", date(1997, 1, 9),
            {"25,600 hectares": Want(25600, "ha", "1996-09/1996-11")}),
    # a headline drops the article: "End of March" is the end of March
    Example("end-of-year", "End of March, Rice Prices Peak\n\nRice sold for 2,050 won a kilogram in Nampo.",
            date(2008, 4, 1), {"2,050 won a kilogram": Want(2050, "KPW-1959/kg", "2008-03-21/2008-03-31")},
            stated="2008-04"),
    Example("end-of-year", "In late 2006 rice sold for 900 won a kilogram.", date(2007, 1, 20),
            {"900 won a kilogram": Want(900, "KPW-1959/kg", "2006-09/2006-12")}),
    Example("forecast-next-year", "The economy is expected to grow 2.7 percent next year.", D2019,
            {"2.7 percent": Want(2.7, "%", "2020", kind="estimate")}),
    # an order's "it is necessary to", "must" make a target; an observer's "estimates that … will" a forecast, an
    # estimate and no plan (measures: kind-of)
    # a figure set against a target after it is no target: the target's own figure is (measures: kind-of)
    # "the preceding month", "the prior month" count back as "the previous month" does; "as of late last month" is
    # the end of last month, not "of late" (dategrammar: baseline-anaphoric)
    Example("baseline-anaphoric", "Exports hit $12 million in November, up from $10 million the preceding month. Rice "
            "stood at 4,800 won as of late last month.", date(2018, 12, 23),
            {"$10 million": Want(10e6, "USD", "2018-10"), "4,800 won": Want(4800, "KPW", "2018-11-21/2018-11-30")}),
    # a month cut short with no day, and a month's possessive, name the month (dategrammar: month-short);
    # counter-examples: a day after the short month is that day, and a word that begins like a month is none
    # two times joined by "and", a part of a month among them, are one span (attach: joined-times)
    Example("joined-times", "Fishermen netted 1.8 times more fish year-on-year in November and early December this "
            "year.", date(2016, 12, 19), {"1.8 times": Want(1.8, "times", "2016-11-01/2016-12-10")}),
    # a dated sentence with no figure reads its month as a figure's date is read: a month of the past named alone that
    # would fall after the document is the last such month before it (sentenceclaims: month-before-document);
    # counter-example: a sentence of the future keeps it ahead
    Example("month-before-document", "China joined the sanctions resolution on Nov. 30 following the nuclear test, "
            "cutting coal trade.", date(2017, 2, 24), events=("2016-11-30",)),
    Example("month-before-document", "The bank will open its Rason branch for trade on Oct. 5, the ministry said.",
            date(2015, 1, 10), events=("2015-10-05",)),
    Example("month-short", "Jan-Nov total trade was down 52.9 pct. Exports in Jan.-Nov. 2017 fell 12 percent.",
            date(2018, 12, 23), {"52.9 pct": Want(52.9, "%", "2018-01/2018-11"),
                                 "12 percent": Want(12, "%", "2017-01/2017-11")}),
    Example("month-short", "Jan Hus Trading said shipments fell 14 percent.", date(2018, 12, 23),
            {"14 percent": Want(14, "%", "2018")}),
    Example("month-short", "Exports fell 12% in Oct. and rose 3% between Aug. and Nov. November's rice price was 9% "
            "above the summer's.", date(2019, 12, 20),
            {"12%": Want(12, "%", "2019-10"), "3%": Want(3, "%", "2019-08/2019-11"), "9%": Want(9, "%", "2019-11")}),
    Example("month-short", "Rice traded for 17,900 won a kilogram as of Jan. 4, and the Decade Fund spent 5% more.",
            date(2026, 1, 15), {"17,900 won a kilogram": Want(17900, "KPW/kg", "2026-01-04")}),
    # "the following year" names a year after the governing time; "a year later" counts from its month (attach:
    # year-after)
    Example("year-after", "In August 2012 pig iron shipments rose to 20,000 tons. The following year they reached "
            "30,000 tons.", D2015, {"30,000 tons": Want(30000, "t", "2013")}),
    Example("year-after", "In August 2012 pig iron shipments rose to 20,000 tons. A year later they reached "
            "35,000 tons.", D2015, {"35,000 tons": Want(35000, "t", "2013-08")}),
    # a month of a document dated by its year alone has come: no target by its date (counter-example: next year's)
    Example("kind-of", "In August, pig iron shipments rose to 20,000 tons. Next year they are to reach 30,000 tons.",
            date(2016, 1, 1), {"20,000 tons": Want(20000, "t", "2016-08", kind="statistic"),
                               "30,000 tons": Want(30000, "t", "2017", kind="target")}, stated="2016"),
    Example("kind-of", "Cement output reached 6 million tons in 1990, short of the target of 8 million tons. Machine "
            "output was estimated at 40,000 units in 1984, well below the plan target.", D1998,
            {"6 million tons": Want(6e6, "t", "1990", kind="statistic"),
             "8 million tons": Want(8e6, "t", "1990", kind="target"),
             "estimated at 40,000 units": Want(40000, "count", "1984", kind="estimate")}),
    Example("kind-of", "Comrade Kim Il Sung said that this year it is necessary to raise grain output to 3 million "
            "tons. Coal output must reach 4.5 million tons.", date(1957, 3, 12),
            {"3 million tons": Want(3e6, "t", "1957", kind="target"),
             "4.5 million tons": Want(4.5e6, "t", "1957", kind="target")}),
    Example("kind-of", "A U.N. food agency has estimated that North Korea will secure 2 million tons of rice in 2012, "
            "up about 18 percent from last year, a news report said.", date(2012, 5, 9),
            {"2 million tons": Want(2e6, "t", "2012", kind="estimate"),
             "about 18 percent": Want(18, "%", "2012", kind="estimate", approx="about")}),
    Example("kind-of", "The mission estimates that 2.8 million people will need food assistance in 2014. The plan "
            "says output will reach 6 million tons in 2014.", date(2013, 11, 28),
            {"2.8 million people": Want(2.8e6, "people", "2014", kind="estimate"),
             "6 million tons": Want(6e6, "t", "2014", kind="target")}),
    # "it is foreseen that … will": an observer's forecast (measures: forecast-could)
    Example("forecast-could", "It is foreseen that the maize crop will fall by 30 percent.", D1998,
            {"30 percent": Want(30, "%", "1998", kind="estimate")}),
    Example("forecast-could", "Exports could fall by as much as 10 per cent this year.", D2016,
            {"as much as 10 per cent": Want(10, "%", "2016", kind="estimate", approx="up-to")}),
    # a quarter or a half hyphened as an adjective is a time too: "its first-quarter plan" (dategrammar)
    Example("half-adjective", "Pyongyang, March 28 (KCNA) -- The steel complex overfulfilled its first-quarter plan "
            "by 12 percent.", date(2016, 3, 28), {"12 percent": Want(12, "%", "2016-01/2016-03")}),
    Example("since-year", "Since 2009 the market price of rice has risen 25 times.", D2013,
            {"25 times": Want(25, "times", "2009/2013-06-01")}),
    # a plan's target is for the plan's last year; a figure during the plan is of its span (dates: plan-target)
    # a period's edge and a preposition before its name: up to its start, from its end (dates: period-edge);
    # counter-example: "during" the period is its span, and "set by the plan" no time
    Example("period-edge", "Until the outbreak of the Korean war, the state took 25 % of the harvest as tax. Since the "
            "end of the Korean war, output has grown 12 % a year.", date(1960, 1, 1),
            {"25 %": Want(25, "%", "../1950-06"), "12 %": Want(12, "%", "1953-07/1960-01-01")}),
    Example("period-edge", "During the Korean war, the state took 25 % of the harvest as tax. Output in 1959 exceeded "
            "the level set by the five-year plan for 1961 by 15 percent.", date(1960, 5, 16),
            {"25 %": Want(25, "%", "1950-06/1953-07"), "15 percent": Want(15, "%", "1959")}),
    Example("plan-target", "The Six-Year Plan target of 1.6 million tons was met, as was the target of 3.5 million "
            "tons for the Second Seven-Year Plan. During the Six-Year Plan output grew 16 percent a year.", D1998,
            {"1.6 million tons": Want(1.6e6, "t", "1976"), "3.5 million tons": Want(3.5e6, "t", "1984"),
             "16 percent": Want(16, "%", "1971/1976")}),
    Example("colonial-period", "Under Japanese rule the peninsula's north produced 90 percent of its electricity.",
            D2016, {"90 percent": Want(90, "%", "../1945")}),
    Example("colonial-period", "Before liberation the country had only 1,500 tractors.", D2016,
            {"1,500 tractors": Want(1500, "count", "../1945")}),
    Example("target-exceeded", "In 1959 output exceeded the level set by the five-year plan for 1961 by 15 percent.",
            D1998, {"15 percent": Want(15, "%", "1959")}, never_when=("1961", "1957/1960")),
    Example("target-exceeded", "Coal output in 1960 fell short of the target for 1960 by 8 percent.", D1998,
            {"8 percent": Want(8, "%", "1960")}),
    Example("postwar-years", "Industrial output grew by an annual average of 42 percent in the five postwar years.",
            date(1960, 5, 16), {"42 percent": Want(42, "%", "1954/1958")}),
    Example("said-that", "He said that the first half of 1959 had closed with output 43 percent higher than in the "
            "first half of 1958.", date(1959, 9, 1), {"43 percent": Want(43, "%", "1959-01/1959-06",
                                                                       compared_to="1958-01/1958-06")}),
    # counter-example: the day a report was made is no date of its figure
    Example("said-that", "Coal exports fell 12 percent, the ministry said on Monday.", date(2016, 3, 3),
            {"12 percent": Want(12, "%", "2016")}, never_when=("2016-02-29",)),
    # the date of a published piece is when it appeared, no time of its figures (attach: report-from-date)
    Example("report-from-date", "A news report in Nodong Sinmun from 15 December 1964 mentioned a distribution of "
            "806 won per household in 1964.", date(1964, 12, 22),
            {"806 won": Want(806, "KPW-1959", "1964")}, never_when=("1964-12-15/..",)),
    # a day after a verb of saying and its object is the report's day, and governs none of the figures after it
    # (attach: said-to-on-day); counter-example: a figure's own day after a verb of another kind is its date
    Example("said-to-on-day", "Kwon disclosed this analysis to the Voice of America on February 14.\n\nImports "
            "totalled $67.33 million last year.", date(2018, 3, 5), {"$67.33 million": Want(67.33e6, "USD", "2017")},
            never_when=("2018-02-14",)),
    # prose cut at the page's width runs on across its line breaks, whatever the next line begins with; a report's
    # day written "March 12th" dates no figure either (sentences: wrapped lines)
    Example("said-to-on-day", "At the beginning of this month diesel and gasoline were sold at 8,500 KPW and 10,500\n"
            "KPW a kilogram, a source in Dandong reported to Daily NK on March\n12th.", date(2015, 3, 1),
            {"10,500\nKPW a kilogram": Want(10500, "KPW/kg", "2015-03")}, never_when=("2015-03-12",), stated="2015-03"),
    # a short line cut inside a clause runs on too (sentences: in-a-clause); counter-example: a title with a comma
    # heads what follows
    Example("said-to-on-day", "Rice prices rose.\n\nLast month, rice cost\n4,300 KPW a kilogram in Pyongyang and "
            "4,500 KPW in Sinuiju.", date(2014, 7, 25),
            {"4,300 KPW a kilogram": Want(4300, "KPW/kg", "2014-06"), "4,500 KPW": Want(4500, "KPW/kg", "2014-06")}),
    Example("said-to-on-day", "Food, Agriculture and Fisheries in 2012\nRice output reached 2.1 million tons.",
            D2016, {"2.1 million tons": Want(2.1e6, "t", "2012")}),
    Example("said-to-on-day", "The ministry told reporters in Seoul on Monday that exports fell.\n\nCoal exports "
            "reached 2.1 million tons.", date(2016, 3, 3), {"2.1 million tons": Want(2.1e6, "t", "2016")}),
    Example("said-to-on-day", "The plant shipped its last 4,000 tons of cement to the port on March 3.",
            date(2016, 5, 3), {"4,000 tons": Want(4000, "t", "2016-03-03")}),
    Example("moment-of-1945", "The north produced 90 percent of the peninsula's power at the time of Korea's "
            "partition.", D2016, {"90 percent": Want(90, "%", "1945")}),
    Example("moment-of-1945", "The north supplied more than 90 percent of the peninsula's electricity before "
            "partition.", D2016, {"more than 90 percent": Want(90, "%", "../1945", approx="more-than")}),
    Example("moment-of-1945", "At liberation the country had only 1,500 tractors.", D2016,
            {"1,500 tractors": Want(1500, "count", "1945")}),
    # counter-examples: a division of labour is no date; "after liberation" starts a time, it is no moment
    Example("moment-of-1945", "The division of labour between the two plants gave 20 percent more steel.", D2016,
            {"20 percent": Want(20, "%", "2016")}, never_when=("1945",)),
    Example("renaming-now", "In 1944 the Sui-ho Dam (now the Sup'ung Dam) had 600 MW of capacity.", D2016,
            {"600 MW": Want(600000, "kW", "1944")}, never_when=("2016-12-01",)),
    # counter-example: "now" of a state is the time of speaking
    Example("renaming-now", "The dam now supplies 40 percent of the city's power.", D2016,
            {"40 percent": Want(40, "%", "2016-12-01")}),
    Example("later-clause-date", "The famine killed about 2 million people, and the food situation was worsened by "
            "floods in 2007.", D2016, {"about 2 million people": Want(2e6, "people", "2016")}, never_when=("2007",)),
    # counter-example: a later clause with no subject of its own still dates the figure before it
    Example("later-clause-date", "Coal output reached 30 million tons, and exports 15 million tons, in 2014.", D2016,
            {"30 million tons": Want(30e6, "t", "2014"), "15 million tons": Want(15e6, "t", "2014")}),
    # a date after a figure's own bracket and a participle ("recorded in", "marked in") is that figure's, though the
    # date before it is nearer (attach: tied-after)
    Example("tied-after", "Exports fell in March to 6,342 tons, about 1/200th of the 1.44 million tons "
            "($126.39 million) marked in January and the 1.23 million tons ($104.59 million) recorded in February.",
            date(2017, 5, 8),
            {"1.23 million tons": Want(1.23e6, "t", "2017-02"), "$104.59 million": Want(104.59e6, "USD", "2017-02")}),
    Example("conjunct-date", "The plant was designed in 1960 and its first 100 MW units were commissioned in 1971.",
            D2016, {"100 MW": Want(100000, "kW", "1971")}),
    # counter-example: no date after the figure in its conjunct — the date before it still governs
    Example("conjunct-date", "In 1960 the works were rebuilt and their 12 furnaces produced 300,000 tons.", D2016,
            {"300,000 tons": Want(300000, "t", "1960")}),
    Example("past-window", "In recent five days, the complex turned out 3,000 more tons of fertilizer.",
            date(2016, 5, 19), {"3,000 more tons": Want(3000, "t", "2016-05-14/2016-05-19")}),
    Example("past-window", "The census, the first in 15 years, put the population at 24 million.", date(2010, 2, 1),
            {"24 million": Want(24e6, "people", "2010")}, never_when=("2025",)),
    Example("past-window", "The population grew by almost 3 million over 15 years.", date(2010, 2, 1),
            {"almost 3 million": Want(3e6, "people", "2010", approx="almost")}),
    # "over the past two weeks" is those days up to the document (relativedates: past-window)
    Example("past-window", "Heavy rains over the past two weeks hit five provinces, destroying 30 to 40 per cent of "
            "health facilities.", date(2007, 8, 20),
            {"30 to 40 per cent": Want(30, "%", "2007-08-06/2007-08-20", value_max=40)}),
    # … and a window that begins its sentence governs its changes (dates: past-window)
    Example("past-window", "In the last five years alone, light industry grew by ten percent and output of shoes "
            "increased by 12 percent.", date(1995, 7, 1),
            {"ten percent": Want(10, "%", "1990/1995"), "12 percent": Want(12, "%", "1990/1995")},
            never=("five years",)),
    # a timeline's item of a day and month alone takes the year of the item above it (dates: timeline-year);
    # counter-example: a day after a sentence that names another year's event stays of the document's year
    Example("timeline-year", "Timeline\n• 29-31 August 2016: more than 300 mm of rain fell on North Hamgyong.\n• 13 "
            "September: IFRC released 506,810 Swiss francs to support 20,000 people.\n", date(2017, 11, 1),
            {"506,810 Swiss francs": Want(506810, "CHF", "2016-09-13"),
             "20,000 people": Want(20000, "people", "2016-09-13")}),
    Example("timeline-year", "Unlike the floods that struck in 2016, this year's rains were brief. On 15 July the "
            "federation released 300,000 Swiss francs.", date(2020, 11, 1),
            {"300,000 Swiss francs": Want(300000, "CHF", "2020-07-15")}),
    # a change's size just before or after a window of the past is over those years (dates: past-window)
    Example("past-window", "Production rose 40 percent last year, and in the last two years by 90 percent. Exports "
            "rose 25 percent in the last three years.", date(2010, 2, 1),
            {"40 percent": Want(40, "%", "2009"), "90 percent": Want(90, "%", "2008/2010"),
             "25 percent": Want(25, "%", "2007/2010")}),
    Example("past-window", "Over the past 5 years exports averaged $2 billion a year.", date(2010, 2, 1),
            {"$2 billion": Want(2e9, "USD", "2005/2010", per="year")}),
    Example("past-window", "The new mine will reach 2 million tons in 5 years.", date(2010, 2, 1),
            {"2 million tons": Want(2e6, "t", "2015", kind="target")}),
    Example("same-period", "Trade fell in the first half of 2019. Imports dropped 4 percent over the same period.",
            D2019, {"4 percent": Want(4, "%", "2019-01/2019-06")}),
    # an effort under way and a purpose with its deadline are of what is to come: the month or day stays ahead of the
    # document ("is racing to boost … by the end of the year", "mobilized brigades to complete … by Oct. 10")
    Example("modal-no-past", "North Korea is racing to boost its electricity supply by up to 50 percent by the end of "
            "the year. The North has mobilized brigades to complete two large hydropower projects by Oct. 10.",
            date(2015, 6, 3), {"up to 50 percent": Want(50, "%", "2015-12", approx="up-to")},
            never_when=("2014-12", "2014-10-10")),
    Example("modal-no-past", "WFP Country Brief, January 2019\n\nIn Numbers\n\nUS$ 5.5 m February – July Net Funding "
            "Requirements\n\n1,012 mt of food distributed in January 2019\n", date(2019, 1, 31),
            {"US$ 5.5 m": Want(5.5e6, "USD", "2019-02/2019-07"), "1,012 mt": Want(1012, "t", "2019-01")}),
    Example("modal-no-past", "The resolution was adopted in November. Analysts said the cap could cut export "
            "earnings by as much as 10 per cent.", date(2017, 3, 15),
            {"as much as 10 per cent": Want(10, "%", "2017", kind="estimate", approx="up-to")}),
    Example("baseline-figure-date", "Output expanded 1.9 percent last year, slowing from a 3.9 percent growth in "
            "2012.\n\nMining grew 1.5 percent, up from 1.3 percent a year earlier.", date(2014, 7, 18),
            {"3.9 percent": Want(3.9, "%", "2012"), "1.5 percent": Want(1.5, "%", "2013"),
             "1.3 percent": Want(1.3, "%", "2012")}),
    # a hyphenated word after the figure counted from ("a 2.4 percent year-on-year rise") still ends at its time
    Example("baseline-figure-date", "Farm output grew 0.8 percent in 2016, easing from a 2.4 percent year-on-year "
            "rise in the previous year.", date(2017, 7, 21),
            {"0.8 percent": Want(0.8, "%", "2016"), "2.4 percent": Want(2.4, "%", "2015")}),
    Example("baseline-figure-date", "The mine raised output to 6.8 million tonnes, up from 6.1 million tonnes in 2015.",
            date(2017, 3, 15), {"6.8 million tonnes": Want(6.8e6, "t", "2017"),
                                "6.1 million tonnes": Want(6.1e6, "t", "2015")}),
    Example("baseline-figure-date", "Coal output rose by more than 10 percent in 2016.", date(2017, 3, 15),
            {"more than 10 percent": Want(10, "%", "2016", approx="more-than")}),
    # "from the previous 2,857 million USD in 2004": 2004 is the time of the figure counted from, and governs no
    # later sentence; "compared to that of 2004, which recorded 817 million USD": the baseline's own figure
    Example("baseline-own-figure", "Foreign trade amounted to 3,001 million USD, a 5.1 % increase from the previous "
            "2,857 million USD in 2004. Exports recorded 998 million USD. The deficit was 1,005 million USD, a slight "
            "increase compared to that of 2004, which recorded 817 million USD.", date(2006, 5, 15),
            {"3,001 million USD": Want(3001e6, "USD", "2005"), "2,857 million USD": Want(2857e6, "USD", "2004"),
             "998 million USD": Want(998e6, "USD", "2005"), "817 million USD": Want(817e6, "USD", "2004")}),
    # a figure changed from "the previous" figure of a year is of the year after, and the passage goes on in it
    # (sentenceclaims: year-after-previous); counter-example: a level changed from one of a year with no such word
    Example("year-after-previous", "Zinc shipments came to 14 million tonnes, a 6 % rise on a year-on-year basis from "
            "the previous 13.2 million tonnes in 2011. Lead shipments fell to 2 million tonnes.", date(2013, 3, 10),
            {"14 million tonnes": Want(14e6, "t", "2012"), "6 %": Want(6, "%", "2012"),
             "13.2 million tonnes": Want(13.2e6, "t", "2011"), "2 million tonnes": Want(2e6, "t", "2012")}),
    Example("year-after-previous", "Maize now sells at 2,000 won, up 10 % from 1,800 won in 2011.", date(2013, 3, 10),
            {"2,000 won": Want(2000, "KPW/kg", "2013-03-10"), "1,800 won": Want(1800, "KPW/kg", "2011")}),
    # a change said by a participle ("losing 20,000 won from 2018") has its baseline too; "since 1985, when it stood
    # at" is 1985's own figure, not a span up to the document
    Example("baseline-own-figure", "Per capita income was 1.41 million won last year, losing 20,000 won from 2018. "
            "Trade has been dropping steadily since 1985, when it stood at more than 115 billion yen.",
            date(2020, 12, 21), {"20,000 won": Want(20000, "KPW", "2019"),
                                 "more than 115 billion yen": Want(115e9, "JPY", "1985", approx="more-than")}),
    Example("baseline-own-figure", "SEOUL (AFP) - Trade rose to US$6.8 billion last year.\n\nThe 2012 figure was "
            "slightly up on the previous year's US$6.3 billion, the agency said.", date(2013, 5, 15),
            {"US$6.8 billion": Want(6.8e9, "USD", "2012"), "US$6.3 billion": Want(6.3e9, "USD", "2011")}),
    # … after the baseline's noun and "of": "last year's per-capita output of 989 USD"; counter-example: a verb
    # between the possessive and the figure owns nothing ("than last year's and reached")
    Example("baseline-own-figure", "Output per worker averaged 1,275 USD in the first half of 2007, up 28 percent over "
            "last year's per-capita output of 989 USD. It was higher than last year's and reached 1,300 USD in July.",
            date(2007, 10, 16), {"989 USD": Want(989, "USD", "2006"), "1,300 USD": Want(1300, "USD", "2007-07")}),
    Example("baseline-own-figure", "Rice sold for 5,200 won a kilogram on Friday, a 9% rise from March 4, just two "
            "weeks ago, when the grain was selling at 4,770 won.", date(2023, 3, 20),
            {"4,770 won": Want(4770, "KPW/kg", "2023-03-04"), "9%": Want(9, "%", "2023-03-17")}),
    # "half a month ago" is no month ago: never read as one
    Example("baseline-own-figure", "Prices rose 8% from half a month ago.", date(2023, 3, 20),
            never_when=("2023-02",)),
    Example("baseline-own-figure", "The 1973 budget is 16.9 percent larger than last year's budget (which was 7.4 "
            "billion won, about $3.3 billion).", date(1973, 4, 12),
            {"16.9 percent": Want(16.9, "%", "1973", compared_to="1972"),
             "7.4 billion won": Want(7.4e9, "KPW-1959", "1972"), "about $3.3 billion": Want(3.3e9, "USD", "1972")}),
    Example("baseline-own-figure",
            "Inflation reached 9 percent in 2014, more than in 2012, when it stood at 3 percent.", D2015,
            {"9 percent": Want(9, "%", "2014"), "3 percent": Want(3, "%", "2012")}),
    # counter-example: a parenthesis left open does not reach into the next sentence
    Example("baseline-own-figure", "Output rose 5 percent over last year's level (which was 3 million tons. In 2012 "
            "exports were 2 million tons.", D2013, {"2 million tons": Want(2e6, "t", "2012")}),
    # counter-example: a figure after the baseline's clause is closed is the sentence's, not the baseline's
    Example("baseline-own-figure", "Exports rose 5 percent compared to 2012, the year of the drought, and reached "
            "$3 billion.", D2013, {"$3 billion": Want(3e9, "USD", "2013")}, never_when=()),
    Example("one-sentence-one-estimate", "Coal output fell to 21 million tonnes in 2018, down 12 percent from "
            "2017, according to estimates by the central bank.", D2019,
            {"21 million tonnes": Want(21e6, "t", "2018", kind="estimate"),
             "12 percent": Want(12, "%", "2018", kind="estimate")}),
    Example("cap-is-target", "The resolution caps coal exports at 7.5 million tonnes a year.", D2016,
            {"7.5 million tonnes": Want(7.5e6, "t", "2016", kind="target", per="year")}),
    Example("joined-times", "In July and August together, imports reached 45,000 tons of grain.",
            date(2014, 10, 16), {"45,000 tons": Want(45000, "t", "2014-07/2014-08")}),
    Example("joined-times", "Imports were 10 percent higher in 2012 and 2013 than in 2011.", D2015,
            {"10 percent": Want(10, "%", "2012/2013", compared_to="2011")}),
    # counter-examples: "respectively" pairs each figure with its own time; a figure between two dates is not joined
    # … each figure with its noun in the list (attach: respectively)
    Example("joined-times", "The country saw an 8.5 percent on-year rise and 10 percent gain in its grain production, "
            "respectively, in 2011 and 2012.", D2015,
            {"8.5 percent": Want(8.5, "%", "2011"), "10 percent": Want(10, "%", "2012")}),
    Example("joined-times", "In July and August imports were 19,000 tons and 25,000 tons, respectively.",
            date(2014, 10, 16),
            {"19,000 tons": Want(19000, "t", "2014-07"), "25,000 tons": Want(25000, "t", "2014-08")}),
    Example("joined-times", "With output estimated at 50 billion kilowatthours (Kwh) and 55 billion Kwh, in 1984 and "
            "1988, respectively, the plan was not fulfilled.", D2015,
            {"estimated at 50 billion kilowatthours": Want(50e9, "kWh", "1984", approx="about"),
             "55 billion Kwh": Want(55e9, "kWh", "1988")}),
    # a dash typed as two hyphens ends a unit (units: double-hyphen)
    Example("double-hyphen", "Capacity was 7.14 million kilowatts in 1990, with 60 percent-- 4.29 million "
            "kilowatts--from hydropower.", D2015, {"60 percent": Want(60, "%", "1990"),
                                                 "4.29 million kilowatts": Want(4.29e6, "kW", "1990")}),
    Example("joined-times", "Output was 5 tons in 2012 and 7 tons in 2013.", D2015,
            {"5 tons": Want(5, "t", "2012"), "7 tons": Want(7, "t", "2013")}),
    # --- numbers that look like years (dates, quantities) -------------------------------------------------
    # a year before a noun phrase is a year: its "noun" is a verb further on
    Example("count-not-year", "Last year 1700 lorries and 1900 tractors were made. In the year 1900 the mine made 300 "
            "tons.", D2016, {"1700 lorries": Want(1700, "count", "2015"), "1900 tractors": Want(1900, "count", "2015"),
                             "300 tons": Want(300, "t", "1900")}),
    Example("count-not-year", "2013 per-capita GDP amounts to $854, the institute said.", D2016,
            {"$854": Want(854, "USD", "2013")}, never=("2013 per-capita GDP amounts",)),
    # a sum is no year: "$1700" dates nothing, and a title-case multiplier multiplies ("USD 460 Million")
    Example("count-not-year", "In 2015 GDP per capita was $1700 and 90% of the property belonged to the elite.", D2016,
            {"$1700": Want(1700, "USD", "2015"), "90%": Want(90, "%", "2015")}, never_when=("1700",)),
    Example("count-not-year", "ROK Allocates USD 460 Million for Aid to the North in 2008", D2016,
            {"USD 460 Million": Want(460e6, "USD", "2008")}),
    Example("count-not-year", "In 2014 kerosene imports rose far over their 2013 equivalents, to 13,600 tons.",
            D2016, {"13,600 tons": Want(13600, "t", "2014")}, never=("2013 equivalents",)),
    Example("count-not-year", "The works built 1500 new tractors in 1959.", D1998,
            {"1500 new tractors": Want(1500, "count", "1959")}),
    # a year before a title's capital is a year ("the 2006 Minerals Yearbook"), but a people after it is counted
    Example("count-not-year", "The 2006 Minerals Yearbook put coal output at 23 million tons. Last year 2000 North "
            "Koreans fled.", date(2007, 9, 26), {"2000 North Koreans": Want(2000, "people", "2006")},
            never=("2006 Minerals",)),
    Example("count-not-year", "The plant built 1700 lorries and 1900 tractors in 1959.", D1998,
            {"1700 lorries": Want(1700, "count", "1959"), "1900 tractors": Want(1900, "count", "1959")},
            never_when=("1700", "1900")),
    # "might" the noun is no modal: the figures of a past passage keep its date, and no estimate is made of them
    # (words: might-noun)
    Example("might-noun", "Pyongyang, April 9 (KCNA) -- The minister reported.\n\nLast year the plan was carried out "
            "at 101.8%.\n\n16% of the expenditure was spent for defence, demonstrating the dignity and might of the "
            "DPRK.", date(2014, 4, 9), {"16%": Want(16, "%", "2013", kind="statistic")}),
    Example("might-noun", "Output might reach 2 million tons in 2025.", D2019,
            {"2 million tons": Want(2e6, "t", "2025", kind="estimate")}),
    # a baseline year set before the figure's own with a comma is no figure compared with (attach: FIGURE_BASELINE)
    Example("baseline-figure-date", "Compared with 1953, gross output in 1954 grew by 39 per cent.", D2015,
            {"39 per cent": Want(39, "%", "1954")}),
    # a figure "unchanged from" a year is of the sentence's own time; the year is what it is compared with
    Example("baseline-figure-date", "Imports of crude oil totalled 525,000 tonnes last year, unchanged from 2013.",
            D2015, {"525,000 tonnes": Want(525000, "t", "2014")}),
    # a year before a noun of measure is the time the measure is of, no count (dates: year-of-measure)
    Example("year-of-measure", "In 2006 exports were worth $325.6 billion, nearly triple 1998 numbers.", D2015,
            {"$325.6 billion": Want(325.6e9, "USD", "2006")}, never=("1998 numbers",)),
    # a multiple of a thing at a time: the time is the thing's (attach: multiple-of-time)
    # a thing's time after the participle that reports it, and a contrast with another time (attach:
    # multiple-of-time, baseline cues)
    # "from the same period in 2015" is the period compared with (attach: baseline-period); a year's imports are no
    # count of them (dates: count-not-year), and a share of a year's budget is of that year
    Example("baseline-period", "Imports reached 31,200 tons, up 7 percent from the same period in 2015. North Korea's "
            "2011 imports included 38.2% corn. Military spending was 17 percent of the 1972 budget.", D2016,
            {"31,200 tons": Want(31200, "t", "2016"), "7 percent": Want(7, "%", "2016"),
             "38.2%": Want(38.2, "%", "2011"), "17 percent": Want(17, "%", "1972")}, never=("2011 imports",)),
    # a month pair of a sentence of the past, both months before the document; its "when" clause too
    Example("month-before-document", "Rice prices rose in November and December, reaching 6,000 won. Thefts peaked in "
            "March and October, when hackers took $776 million.", date(2023, 2, 10),
            {"6,000 won": Want(6000, "KPW/kg", "2022-11/2022-12"), "$776 million": Want(776e6, "USD", "2022-10")}),
    # "100 won = 1 USD": the one after the sign is the rate's base (quantities: rate-base-words)
    Example("rate-base-words", "The official rate is 100 won = 1 USD. In May, 1 USD:KPW 8,360.", date(2025, 3, 1),
            {"100 won": Want(100, "KPW", "2025"), "KPW 8,360": Want(8360, "KPW", "2024-05")}, never=("1 USD",)),
    # KCNA's "doubled the speed … that in the corresponding period of last year": the period is the thing's
    Example("multiple-of-time", "The brigade tripled its drilling speed that in the corresponding period of last "
            "year.", date(2009, 10, 5), {"tripled": Want(3, "times", "2009")}, never_when=("2008",)),
    Example("multiple-of-time", "In 2007 the deficit came to 811 million dollars, about four times the deficit "
            "registered five years earlier. In contrast to last year, revenue was put at 433.2 billion won.",
            date(2008, 2, 1), {"about four times": Want(4, "times", "2007", approx="about"),
                               "433.2 billion won": Want(433.2e9, "KPW-1959", "2007")}),
    # the time after the figure a change starts from is that figure's (sentenceclaims: from-figure-time)
    Example("from-figure-time", "The South's output is 34.7 times the North's, widening from a 32.6-fold gap in "
            "2005.", date(2007, 8, 16), {"34.7 times": Want(34.7, "times", "2007"),
                                         "32.6-fold": Want(32.6, "times", "2005")}),
    # the time of the figures compared with after "vs" carries to later ones with none (sentenceclaims:
    # versus-carried); counter-example: a figure before "vs" keeps the passage's time
    Example("versus-carried", "The economy shrank 0.1% in 2021. Mining fell (-11.7% vs -7.6% in 2020); manufacturing "
            "(-3.3% vs -3.8%). Farming grew (6.2% vs -7.6%).", date(2023, 6, 1),
            {"-3.3%": Want(3.3, "%", "2021"), "-3.8%": Want(3.8, "%", "2020"), "6.2%": Want(6.2, "%", "2021")}),
    Example("multiple-of-time", "Corn now sells for 1,000 won, double the price at the end of last year. Output "
            "in 2015 was three times the output of 1990.", D2016,
            {"double": Want(2, "times", "2016-12-01"), "three times": Want(3, "times", "2015")},
            never_when=("2015-12",)),
    Example("multiple-of-time", "North Korea imported 1,500 tons of fertilizer in January. That was triple the "
            "amount in December, and twice the volume of November.", date(2019, 2, 12),
            {"triple": Want(3, "times", "2019-01"), "twice": Want(2, "times", "2019-01")},
            never_when=("2018-12", "2018-11")),
    # "as much … as in" a time: the time compared with
    Example("multiple-of-time", "In the first half of 2003 the workers produced 1.5 times as much steel as in the "
            "corresponding period of last year.", D2016, {"1.5 times": Want(1.5, "times", "2003-01/2003-06")},
            never_when=("2015",)),
    # the pronoun for the thing: "half that of 1989" — 1989 is the thing's time, not the figure's
    Example("multiple-of-time", "Output was half that of 1989, at 1.5 million tons, in 2010.", D2016,
            {"1.5 million tons": Want(1.5e6, "t", "2010")}, never_when=("1989",)),
    # "figures from 1999" are the figures of 1999, not from 1999 on
    Example("year-of-measure", "The report, which contained expenditure figures from 1999, put the defence budget at "
            "$4.26 billion, or 18.8% of GDP.", D2015, {"$4.26 billion": Want(4.26e9, "USD", "1999")}),
    Example("year-of-measure", "Output in 2010 stood at 80 percent of 1989 levels.", D2015,
            {"80 percent": Want(80, "%", "2010")}, never=("1989 levels",)),
    # a change from a year's count or survey: the year is the baseline's (counter-example: the count's own year)
    Example("year-of-measure", "The 2008 census counted 24,052,231 people, a 13.38% increase from the 1993 census.",
            D2013, {"24,052,231 people": Want(24052231, "people", "2008"), "13.38%": Want(13.38, "%", "2008")},
            never_when=("1993",)),
    # a change in points after a decimal: its point is no stop, and "from 2014" the baseline (attach: change-from);
    # a change of a share said in points is in percentage points (sentenceclaims: share-points)
    Example("share-points", "The economy grew 1 percent in 2015. Mining made up 12.4 percent of output, down 3.2 "
            "percentage points from 2014. Fisheries made up 9.1 percent, up 0.6 points from 2011.", D2016,
            {"12.4 percent": Want(12.4, "%", "2015"), "3.2 percentage points": Want(3.2, "pp", "2015"),
             "0.6 points": Want(0.6, "pp", "2015")}, never_when=("2014/..", "2011/..")),
    # counter-example: points of no share (an index's)
    Example("share-points", "The price index of the markets rose 12 points in 2015.", D2016,
            {"12 points": Want(12, "count", "2015")}),
    # counter-example: "that 2015 figure" as the subject is the figure's own time, not what it is compared with
    Example("year-of-measure", "Steel output in 2015 was 1.079 million mt. That 2015 figure of just over 1 million mt "
            "is down from 1.22 million mt a year earlier and lower than the peak of 3.4 million mt in 1990.",
            date(2016, 3, 1), {"over 1 million mt": Want(1e6, "t", "2015", approx="more-than"),
                               "1.22 million mt": Want(1.22e6, "t", "2014"),
                               "3.4 million mt": Want(3.4e6, "t", "1990")}),
    # a line that is a day alone, however written, is a page's date line: no heading (candidates: journal-entry)
    Example("journal-entry", "Sunshine needs new directions\n\nWednesday, August 1st, 2007\n\nJo Dong-ho\n\n"
            "8/1/2007\n\nIn 2006 the South's per capita income rose to $18,372.\n\nThe South's exports reached "
            "$325.6 billion.",
            date(2007, 8, 1), {"$325.6 billion": Want(325.6e9, "USD", "2006")}),
    Example("year-dash-value", "Zinc output was: in 1946 - 1,200 tons; 1947 - 4,300 tons; 1948 - 5,400 tons.", D1998,
            {"1,200 tons": Want(1200, "t", "1946"), "4,300 tons": Want(4300, "t", "1947"),
             "5,400 tons": Want(5400, "t", "1948")}, never=("1947 - 4,300 tons",)),
    # counter-example: two ends written alike are a range
    Example("year-dash-value", "Each mine gave 1500-2000 tons in 1958.", D1998,
            {"1500-2000 tons": Want(1500, "t", "1958")}),
    Example("signed-figure", "Mining output fell in 2021 (-11.7% vs -7.6% in 2020).", D2019,
            {"-11.7%": Want(11.7, "%", "2021"), "-7.6%": Want(7.6, "%", "2020")}),
    # counter-examples: a dash between numbers is a range, and a dash after a name a model number
    Example("signed-figure", "Prices rose 2-3% in 2018 and the Kusong-3 lathe sold well.", D2019,
            {"2-3%": Want(2, "%", "2018")}, never=("-3%",)),
    # --- a list carries its first figure's unit (quantities) ---------------------------------------------
    # counter-example: a share is never carried to a sum counted in millions
    # a decimal carries the unit of its like before it when that one is of whom ("for men"), a span of life too;
    # counter-example: a duration with no one it is of carries nothing
    Example("elliptic-list", "Life expectancy at birth is 69.8 years for men and 73.3 for women. The literacy rate "
            "was 99.2 percent for men and 98.7 for women in 2008.", D2015,
            {"73.3": Want(73.3, "years", "2015"), "98.7": Want(98.7, "%", "2008")}),
    Example("elliptic-list", "The plant ran for 12.5 years and 3.5 more were planned.", D2015, {}, never=("3.5",)),
    # a part of a whole counted counts the whole's things (quantities: part-of-whole)
    Example("part-of-whole", "At least 5 of the 14 ships in the fleet were registered abroad in 2016; three of the 12 "
            "workers were women.", D2019, {"At least 5": Want(5, "count", "2016", approx="at-least"),
                                           "14 ships": Want(14, "count", "2016"),
                                           "three": Want(3, "people", "2016")}, never=("At least 5 of the",)),
    # units as other writers write them: a code before the sum, USDA's thousand metric tons, the British "pc", a diet's
    # kilocalories (units)
    Example("unit-forms", "In 2018 Seoul gave KRW 2.3 trillion in aid; wheat output was 150 TMT, China's share of "
            "trade over 90pc, and the daily diet 2,100 kcal.", D2019,
            {"KRW 2.3 trillion": Want(2.3e12, "KRW", "2018"), "150 TMT": Want(150000, "t", "2018"),
             "over 90pc": Want(90, "%", "2018", approx="more-than"), "2,100 kcal": Want(2100, "kcal", "2018")}),
    # the press's "end-2020" is the end of 2020; a fraction written "1/56th" is no sum (nonclaims: ordinal-rank)
    Example("part-of-time", "The population was estimated at 25.37 million as of end-2020, and GNI at 35 trillion "
            "won, 1/56th of the South's.", date(2021, 7, 30),
            {"estimated at 25.37 million": Want(25.37e6, "people", "2020-12")}, never=("1", "1/56th")),
    Example("unit-forms", "In 2017 primary energy supply was 10.5 million toe and Nampo handled 1.2 million TEU; the "
            "herd counted 570,000 head of cattle.", D2019,
            {"10.5 million toe": Want(10.5e6, "toe", "2017"), "1.2 million TEU": Want(1.2e6, "TEU", "2017"),
             "570,000 head": Want(570000, "count", "2017")}),
    # approximations as other writers mark them (quantities: approximation), and a part of persons counted before
    Example("approximation", "In 2013 no fewer than 50,000 workers were sent abroad, well over 10,000 of them to "
            "Russia, and 2,500+ tourists came. In 2013 approx. 200 markets operated; ~400 markets by 2015.", D2016,
            {"no fewer than 50,000 workers": Want(50000, "people", "2013", approx="at-least"),
             "over 10,000 of them": Want(10000, "people", "2013", approx="more-than"),
             "approx. 200 markets": Want(200, "count", "2013", approx="about"),
             "~400 markets": Want(400, "count", "2015", approx="about"),
             "2,500+ tourists": Want(2500, "people", "2013", approx="at-least")}),
    # … and of persons a body counted them ("units of up to 1,000 men": people, its noun unread)
    Example("approximation", "In May 1958 military units of up to 1,000 men were sent to the cement plant; there were "
            "already 619 of them there.", D1998, {"619 of them": Want(619, "people", "1958-05")}),
    # a fraction of a million in words, a decimal comma before a multiplier, a dot between thousands (numbers)
    Example("number-forms", "In 2014 half a million tons of rice and three-quarters of a million tons of corn were "
            "imported, exports reached 1,2 million tons and the plant made 12.000 tons of steel.", D2015,
            {"half a million tons": Want(5e5, "t", "2014"),
             "three-quarters of a million tons": Want(7.5e5, "t", "2014"),
             "1,2 million tons": Want(1.2e6, "t", "2014"), "12.000 tons": Want(12000, "t", "2014")}),
    # so many in so many is a share (quantities: one-in-n); counter-examples: a rate per 1,000 and a time
    Example("one-in-n", "One in five children under five is stunted. In 2010, 3 in 4 farms were cooperatives.",
            D2015, {"One in five": Want(20, "%", "2015"), "3 in 4": Want(75, "%", "2010")},
            never=("five children",)),
    Example("one-in-n", "The mortality rate was 14 in 1,000 live births. One in ten years was a drought year.", D2015,
            {"14 in 1,000 live births": Want(14, "per-1000", "2015")}, never=("One in ten",)),
    # "the number of" what a bare number counts, with more verbs ("marked", "topped"), and the level it rose from after
    # an adverb (people: number-of; lists: elliptic-list)
    Example("number-of", "The number of workers at the zone marked 51,200 in May, rising steadily from 49,800 in "
            "January.", date(2016, 7, 1), {"51,200": Want(51200, "people", "2016-05"),
                                           "49,800": Want(49800, "people", "2016-01")}),
    # the figure named again ("the figure was", "comparable figures were") is in the unit of the figure before it in
    # its paragraph (lists: figure-again); a sentence of the figures compared with governs no later sentence
    # (candidates: compared-sentence); counter-examples: a number named by no such noun, a size far apart, a number
    # in the next paragraph
    Example("figure-again", "Tin exports reached 4,200 tons in 2016. A year earlier, the figure was 3,900.", D2019,
            {"4,200 tons": Want(4200, "t", "2016"), "3,900": Want(3900, "t", "2015")}),
    Example("figure-again", "In 2008 the census counted 24.05 million people. Comparable figures were 21.21 million in "
            "1993. About 70 percent lived in cities.", date(2011, 3, 22),
            {"21.21 million": Want(21.21e6, "people", "1993"), "About 70 percent": Want(70, "%", "2008",
                                                                                    approx="about")}),
    Example("figure-again", "Tin exports reached 4,200 tons in 2016. A year earlier, the decree numbered 35.", D2019,
            {"4,200 tons": Want(4200, "t", "2016")}, never=("35",)),
    Example("figure-again", "Tin exports reached 4,200 tons in 2016.\n\nIn 2015, the figure was 3,900.", D2019,
            {"4,200 tons": Want(4200, "t", "2016")}, never=("3,900",)),
    # a bare sum of a measure of money is in the money of the sum before it in its paragraph (lists: same_money);
    # counter-examples: a sum that names no measure of money, and one in the next paragraph
    Example("elliptic-money", "Sales to China reached $1.8 billion in 2016, and imports 2.4 billion.", D2019,
            {"$1.8 billion": Want(1.8e9, "USD", "2016"), "2.4 billion": Want(2.4e9, "USD", "2016")}),
    Example("elliptic-money", "State revenue came to 5.2 billion won last year. Spending stood at 5.1 billion, and "
            "the deficit at 100 million.", D2016,
            {"5.1 billion": Want(5.1e9, "KPW", "2015"), "100 million": Want(1e8, "KPW", "2015")}),
    Example("elliptic-money", "Sales to China reached $1.8 billion in 2016, and the drought hit 2.4 million.", D2019,
            {"$1.8 billion": Want(1.8e9, "USD", "2016")}, never=("2.4 million",)),
    Example("elliptic-money", "Sales to China reached $1.8 billion in 2016.\n\nImports from Russia stood at 2.4 "
            "billion.", D2019, {"$1.8 billion": Want(1.8e9, "USD", "2016")}, never=("2.4 billion",)),
    # a journal's masthead is no heading, and its date governs nothing (candidates: masthead)
    Example("masthead", "Review of Resource Economies Vol. 4, No. 1, May 2010, 7–30\n\nMining provides 6 percent of "
            "jobs.", date(2011, 6, 1), {"6 percent": Want(6, "%", "2011")}, never_when=("2010-05",),
            stated="2011-06"),
    # a participle of change begins a clause of its own, whose date is its figure's (attach: clause-break)
    Example("clause-break", "Dealers paid 1,500 won per yuan last month, plummeting from the 60 won paid for each "
            "yuan on Dec. 4.", date(2010, 1, 3), {"60 won": Want(60, "KPW", "2009-12-04")}),
    # a clause of "since" with its own verb, before its year, runs from it to the document (dates: since-clause);
    # counter-example: the year of the act, with no "since", is that year
    Example("since-clause", "Since the mine was modernized in 2018, coal output has risen 30 percent.",
            date(2021, 5, 1), {"30 percent": Want(30, "%", "2018-01-01/2021-05-01")}),
    Example("since-clause", "In 2018 the mine was modernized and its output rose 30 percent that year.",
            date(2021, 5, 1), {"30 percent": Want(30, "%", "2018")}),
    # a time put off to is the new time, not a span up to it (dates: deferred-until); counter-example: "until" of a
    # lasting state
    Example("deferred-until", "The Soviet side agreed to defer repayment of 20 million rubles until 1964.",
            date(1960, 2, 3), {"20 million rubles": Want(2e7, "RUB-1961", "1964")}),
    Example("deferred-until", "Until 1964 the mine will export 20,000 tons a year.", date(1960, 2, 3),
            {"20,000 tons": Want(20000, "t", "../1964", per="year")}),
    # a report's period from day to day, with no "from" (dategrammar, dates: day-range); "first half 1984", a
    # report's shorthand for the first half of 1984 (resolution)
    Example("day-range", "Situation Report, 1 January-30 June 2017\n\nAn estimated 18 million people are food "
            "insecure.", date(2017, 8, 1), {"An estimated 18 million people": Want(18e6, "people", "2017-01/2017-06",
                                                                                    approx="about")}),
    Example("day-range", "Reporting period: 12 September 2016 to 12 March 2017. Some 41,000 people received food.",
            date(2017, 4, 1), {"Some 41,000 people": Want(41000, "people", "2016-09-12/2017-03-12",
                                                            approx="about")}),
    Example("day-range", "Imports more than doubled in first half 1984.", date(1985, 2, 1),
            {"more than doubled": Want(2, "times", "1984-01/1984-06", approx="more-than")}),
    # the mining press's one-word rates (units: rate-period)
    Example("rate-period", "The concentrator adds 0.8 Mtpa of capacity; the mill runs at 300 tpd.", D2016,
            {"0.8 Mtpa": Want(8e5, "t", "2016", per="year"), "300 tpd": Want(300, "t", "2016", per="day")}),
    # a report's serial and a page's file size are no figures (nonclaims: stamp)
    Example("stamp", "See report EA 85-10024 (433.54 KB). Exports reached $1.2 billion in 1984.", date(1985, 2, 1),
            {"$1.2 billion": Want(1.2e9, "USD", "1984")}, never=("85-10024", "433.54 KB", "433.54")),
    # the thing compared with named with its adjective is a baseline (attach: baseline-cue); a rate's glued
    # "/yr" does not keep a figure from its own year
    Example("baseline-cue", "Coal output reached 21 million tonnes, 6 percent higher than the weak output of 2012.",
            date(2013, 9, 1), {"21 million tonnes": Want(21e6, "t", "2013"), "6 percent": Want(6, "%", "2013")}),
    Example("baseline-cue", "Iron ore output fell to about 3 Mt/yr in 2008 from 8 Mt/yr in 1988.", date(2013, 9, 1),
            {"about 3 Mt": Want(3e6, "t", "2008", per="year", approx="about"),
             "8 Mt": Want(8e6, "t", "1988", per="year")}),
    # the money's code before its sum, Swiss francs too (units)
    Example("currency-code", "Summary: CHF 299,744 was allocated in July 2013, and CHF 163,000 came from donors.",
            D2015, {"CHF 299,744": Want(299744, "CHF", "2013-07"), "CHF 163,000": Want(163000, "CHF", "2013-07")}),
    # the thing a multiple is of, "as much X as that in" a time, is no date of the multiple (attach: multiple-of-time)
    Example("multiple-of-time", "The shipyard welded 1.6 times as much hull plate as that in the same period last "
            "year. Its workers built 30 boats.", date(2011, 6, 20),
            {"1.6 times": Want(1.6, "times", "2011"), "30 boats": Want(30, "count", "2011")}),
    # the press's weekday with no "on" after a report's verb and object is the report's day (attach: said-to-on-day)
    Example("said-to-on-day", "The statistics bureau released a report Thursday. The cement plan was fulfilled at 107 "
            "percent.", date(2017, 5, 5), {"107 percent": Want(107, "%", "2017")}, never_when=("2017-05-04",)),
    # a quota or a target met is a plan's fulfilment (measures: kind-of); a machine run in full capacity states
    # no capacity
    Example("kind-of", "The quota for tractors was honored at 117 percent, and more than 900 factories hit their "
            "production targets; the smeltery raised zinc output 1.4 times by keeping its furnaces in full-capacity "
            "operation.", D2015, {"117 percent": Want(117, "%", "2015", kind="statistic"),
                                  "more than 900 factories": Want(900, "count", "2015", kind="statistic",
                                                                  approx="more-than"),
                                  "1.4 times": Want(1.4, "times", "2015", kind="statistic")}),
    # the period as an adverb before the figure's verb, and a work shift, are a rate's (quantities: rate-period)
    Example("rate-period", "The complex has daily produced 300 more tons of ammonia and 40 more tons of urea per "
            "shift; the regime spends $3 billion a year on arms.", D2016,
            {"300 more tons": Want(300, "t", "2016", per="day"), "40 more tons": Want(40, "t", "2016", per="shift"),
             "$3 billion": Want(3e9, "USD", "2016", per="year")}),
    # the least the words of a vague count can mean (quantities: vague-count); counter-example: "tens" with no "of"
    # "one or two" is a range of words, its "one" no pronoun (quantities: range); counter-example: "one" alone is a
    # pronoun
    # a multiple's word as an adjective of a kind is no multiple (quantities)
    Example("multiple-word", "The budget's rise has a double meaning: spending on the economy doubled in 2015.", D2016,
            {"doubled": Want(2, "times", "2015")}, never=("double",)),
    Example("range", "Only one or two markets in the city stayed open in 2009.", D2016,
            {"one or two markets": Want(1, "count", "2009", value_max=2)}),
    Example("range", "One of the markets in the city stayed open in 2009.", D2016, never=("One",)),
    Example("vague-count", "The mine produced scores of tons of ore a day.", D2016,
            {"scores of tons": Want(40, "t", "2016", approx="at-least", per="day")}),
    Example("vague-count", "Scores of teams and one hundred and tens of brigades fulfilled their plans, producing "
            "several hundred tons of coal more than planned.", D2016,
            {"Scores of teams": Want(40, "count", "2016", approx="at-least"),
             "one hundred and tens of brigades": Want(110, "count", "2016", approx="at-least"),
             "several hundred tons": Want(300, "t", "2016", approx="at-least")}),
    Example("vague-count", "Tens of thousands of workers built the dam in 1986.", D2016,
            {"Tens of thousands of workers": Want(1e4, "people", "1986", approx="at-least")}),
    # a clause of the figure's own that tells what it is, with its time, dates it though another date is as near
    # (attach: figure-own-clause); counter-example: a clause of another's act does not
    Example("figure-own-clause", "Exports fell to $300 million in 2020, only 10 percent of the $3 billion in goods it "
            "had exported in 2015.", date(2021, 3, 1),
            {"$300 million": Want(300e6, "USD", "2020"), "$3 billion": Want(3e9, "USD", "2015")}),
    # the same measure of another after its possessive in a comparison, of any like size (a hundredth to a hundred
    # times); counter-example: a possessive that names no comparison
    Example("elliptic-list", "Coal output reached 25 million tons in 2014, far above Mongolia's 3 million, and the "
            "North's 24.9 million people are half of the South's 50.4 million.", D2016,
            {"3 million": Want(3e6, "t", "2014"), "50.4 million": Want(50.4e6, "people", "2014")}),
    Example("elliptic-list", "Coal output reached 25 million tons in 2014; Mongolia's 3 railways carried it.", D2016,
            {"25 million tons": Want(25e6, "t", "2014")}, never=("3",)),
    # a bare number carries the conversion of the unit it carries (counter-example: one in the base unit stays)
    Example("elliptic-list", "The plan is to irrigate 80,000 jeongbo, of which up to 50,000 with pumps. Maize gave 30 "
            "centners per jeongbo in 1959 and 28 in 1958.", date(1960, 2, 18),
            {"80,000 jeongbo": Want(79338.9, "ha", "1960"), "up to 50,000": Want(49586.8, "ha", "1960",
                                                                                 approx="up-to"),
             "28": Want(2823.3, "kg/ha", "1958")}),
    Example("elliptic-list", "The plan is to irrigate 80,000 hectares, of which up to 50,000 with pumps.",
            date(1960, 2, 18), {"up to 50,000": Want(50000, "ha", "1960", approx="up-to")}),
    Example("elliptic-list", "Trade fell 14.7% from 6.4 billion in 2014.", D2016, {"14.7%": Want(14.7, "%", "2016")},
            never=("6.4 billion",)),
    # a bare figure set against the one before takes its unit: a comparison ("against a target of", "compared
    # with"), a gapped clause ("and exports for 2.8 billion"), a part ("of which coal accounted for"); of a like size
    # (a tenth to ten times)
    Example("elliptic-list", "In 2015 steel output was 1.2 million tons against a target of 1.5 million, and the "
            "works turned out 4,500 tractors, compared with 3,000 the year before.", D2016,
            {"1.5 million": Want(1.5e6, "t", "2015"), "3,000": Want(3000, "count", "2014")}),
    Example("elliptic-list", "In 2015 imports accounted for $3.7 billion and exports for 2.8 billion; exports to "
            "China were 2.46 billion dollars, of which coal accounted for 1.1 billion.", D2016,
            {"2.8 billion": Want(2.8e9, "USD", "2015"), "1.1 billion": Want(1.1e9, "USD", "2015")}),
    # a gapped clause whose subject is a name ("and China 200,000"); counter-example: a number of another size
    Example("elliptic-list", "Of the 1.2 million tons of food aid delivered in 1999, the US provided 600,000 tons "
            "and China 200,000. In 2000 the US sent 300,000 tons and Japan 20 ships.", D2016,
            {"200,000": Want(2e5, "t", "1999"), "20 ships": Want(20, "count", "2000")}),
    # another's estimate of the same figure carries its unit: "Noland puts it at 600,000"
    Example("elliptic-list", "Haggard and Noland (2007) estimate that up to 1 million people died in the famine of "
            "1996; Noland (2004, 35) puts it at 600,000.", D2019,
            {"600,000": Want(6e5, "people", "1996")}, never_when=("2004", "2007")),
    Example("elliptic-list", "Iron ore output was 2.1 million tons in 1995 and 1.8 million in 1996; lead output "
            "was 35,000 in 1996.", D1998,
            {"2.1 million tons": Want(2.1e6, "t", "1995"), "1.8 million": Want(1.8e6, "t", "1996"),
             "35,000": Want(35000, "t", "1996")}),
    # digits grouped by spaces, as UN and European texts write them, are one number when a word follows
    # (numbers: space-thousands)
    Example("space-thousands", "In 2008 imports were put at 500 000 tonnes and food aid at 1 204 000 tonnes.", D2019,
            {"500 000 tonnes": Want(5e5, "t", "2008"), "1 204 000 tonnes": Want(1.204e6, "t", "2008")}),
    # counter-example: numbers set in a row with single spaces are separate numbers
    Example("space-thousands", "Output in 2008 was 120 tonnes, against 450 300 in two other plants.", D2019,
            {"120 tonnes": Want(120, "t", "2008")}, never=("450 300",)),
    # --- a capital letter glued to digits multiplies them (numbers: glued-multiplier) ------------------------
    Example("glued-multiplier", "The army has 1.2m soldiers out of a population of 25m, and the dam is 1.2m high.",
            D2016, {"1.2m soldiers": Want(1.2e6, "people", "2016"), "25m": Want(25e6, "people", "2016"),
                    "1.2m": Want(1.2, "m", "2016")}),
    Example("glued-multiplier", "Of a population of 25M, 10.9M people need food aid; the appeal seeks US$ 120M.",
            D2019, {"25M": Want(25e6, "people", "2019"), "10.9M people": Want(10.9e6, "people", "2019")}),
    # counter-example: a lower-case m, glued or not, is metres; a capital before another letter is a unit's
    # a small "m" glued before a unit or a counted noun is a million, "trn" a trillion (as The Economist writes them)
    Example("glued-multiplier", "In 2008 its reserves were worth US$6.1trn, with 21m tonnes of zinc and 3.5m people "
            "in the mining towns.", D2019,
            {"US$6.1trn": Want(6.1e12, "USD", "2008"), "21m tonnes": Want(21e6, "t", "2008"),
             "3.5m people": Want(3.5e6, "people", "2008")}),
    Example("glued-multiplier", "The dam is 25m high and 120 m long; its turbines give 40MW.", D2019,
            {"25m": Want(25, "m", "2019"), "120 m": Want(120, "m", "2019"), "40MW": Want(40000, "kW", "2019")}),
    # --- traditional units, converted (units, quantities) --------------------------------------------------
    Example("grams", "In 2008 the daily ration was cut to 150 grams, and 9 grams of salt.", D2019,
            {"150 grams": Want(0.15, "kg", "2008"), "9 grams": Want(0.009, "kg", "2008")}),
    Example("traditional-units", "Seedlings for 40,000 jeongbo are being raised.", date(1957, 4, 11),
            {"40,000 jeongbo": Want(39669.4, "ha", "1957")}),
    Example("traditional-units", "The cooperative handed 500 centners of barley to the state in 1956.",
            date(1957, 4, 11), {"500 centners": Want(50000, "kg", "1956")}),
    # the jeongbo as the press romanises it ("jongbo"), an area named before its yield ("a per jongbo output of"),
    # and a share of a goal achieved, no target (units: yield-per-area; measures: kind-of)
    Example("yield-per-area", "In 2018 a county farm produced 52.6 tons per jongbo, achieving 126.2 percent of this "
            "year's goal, while another recorded a per jongbo output of 73.6 tons.", date(2018, 11, 19),
            {"52.6 tons per jongbo": Want(53.0, "t/ha", "2018"), "73.6 tons": Want(74.2, "t/ha", "2018"),
             "126.2 percent": Want(126.2, "%", "2018", kind="statistic")}),
    Example("yield-per-area", "Last year rice gave 27 centners per jeongbo; this year the plan is no less than "
            "30 centners.", date(1957, 4, 11),
            {"27 centners per jeongbo": Want(2722.5, "kg/ha", "1956"),
             "no less than 30 centners": Want(3025.0, "kg/ha", "1957", approx="at-least")}),
    Example("yield-per-area", "Maize gave 3.5 tonnes a hectare in 2012.", D2013,
            {"3.5 tonnes a hectare": Want(3.5, "t/ha", "2012")}),
    # counter-example: a mass *of* a crop after a yield is a mass, not a yield
    Example("yield-per-area", "Rice gave 27 centners per jeongbo in 1956, and the farm sold 500 centners of it.",
            date(1957, 4, 11), {"500 centners": Want(50000, "kg", "1956")}),
    Example("elliptic-list", "The restoration cost about 187 million old rubles in 1954, of which 112 million came "
            "as Soviet aid.", D1998, {"112 million": Want(112e6, "RUB-1947", "1954")}),
    # counter-example: a part with its own noun counts that noun
    Example("elliptic-list", "The province had 151 factories in 1998, of which 40 plants made cloth.", D1998,
            {"40 plants": Want(40, "count", "1998")}),
    # --- approximations (quantities) -----------------------------------------------------------------------------
    # "added up to" totals, "went up to" reaches: no "at most"; "up to" alone is one
    # a fraction of one per cent is that share of a per cent (quantities: fraction-of-percent); counter-example: a
    # fraction of a thing is the share itself
    Example("fraction-of-percent", "In 2005 trade with Japan was a tenth of 1 percent of its total, and exports to "
            "China made up two-thirds of all exports.", D2016,
            {"a tenth of 1 percent": Want(0.1, "%", "2005"), "two-thirds": Want(66.7, "%", "2005")},
            never=("1 percent",)),
    Example("approximation", "In 2013 trade with China added up to US$6.54 billion, and prices went up to 5 percent.",
            D2015, {"US$6.54 billion": Want(6.54e9, "USD", "2013"), "5 percent": Want(5, "%", "2013")}),
    # "-odd" after a number is about so many, whatever unit follows; "583 millions of trees" is 583 million trees
    Example("approximation", "In 2003 the country planted 583 millions of trees on 3,000-odd hectares and built a "
            "750-odd-kilometer road.", D2015,
            {"583 millions of trees": Want(583e6, "count", "2003"), "3,000-odd hectares": Want(3000, "ha", "2003",
                                                                                          approx="about"),
             "750-odd-kilometer": Want(750, "km", "2003", approx="about")}, never=("millions of trees",)),
    # "0,08 won": a decimal comma, since no group of thousands begins with 0
    Example("approximation", "In June 2002 rice cost 0,08 won per kilogram and a bus ticket 0,1 won.",
            date(2002, 8, 1), {"0,08 won per kilogram": Want(0.08, "KPW-1959/kg", "2002-06"),
                               "0,1 won": Want(0.1, "KPW-1959", "2002-06")}),
    Example("approximation", "In 2013 the mine produced up to 40,000 tons.", D2015,
            {"up to 40,000 tons": Want(40000, "t", "2013", approx="up-to")}),
    # a sentence of reported change in the past takes the earlier sentence's year, though it names imports
    Example("approximation", "China was the largest partner in 2013. Trade with China gained 8.9 percent (US$2.91 "
            "billion in imports).", D2015, {"8.9 percent": Want(8.9, "%", "2013")}),
    # counter-example: a present passive ("are supplied") is no past tense: the document's time, not the last date
    Example("approximation", "Since 2000 there have been modest improvements in the energy sector, underwritten by "
            "foreign investment.\n\nFuel for its two refineries is supplied from China.", date(2010, 6, 1),
            {"two refineries": Want(2, "count", "2010")}),
    # --- a relative clause's date is its antecedent's; a "when" clause's figure is of the date before it
    # (sentenceclaims) --------------------------------------------------------------------------------------------
    # the day a reported conversation was held is the "at present" of what was said (sentenceclaims: speech-day);
    # counter-example: with no conversation's day, "at present" is the document's
    Example("speech-day", "On 3 May the Soviet counsellor told us that the trouble at the mine had grown. At present "
            "some 1,200 Korean miners work there.", date(1962, 6, 20),
            {"some 1,200 Korean miners": Want(1200, "people", "1962-05-03", approx="about")}),
    Example("speech-day", "The mine has grown. At present some 1,200 Korean miners work there.", date(1962, 6, 20),
            {"some 1,200 Korean miners": Want(1200, "people", "1962-06-20", approx="about")}),
    # a person's "who" clause needs no comma, and closes at the verb of saying (attach: relative-clause-date)
    Example("relative-clause-date", "\"Rice costs 5,000 won per kilogram,\" a resident who had recently crossed the "
            "border told RFA. A trader who arrived last month said corn costs 2,000 won per kilogram.",
            date(2013, 3, 26), {"5,000 won per kilogram": Want(5000, "KPW/kg", "2013"),
                                "2,000 won per kilogram": Want(2000, "KPW/kg", "2013")}),
    # a photo's caption, told by its credit, dates nothing and governs nothing (nonclaims: photo-caption); "the first
    # eight months of 2018" is those months (resolution: months-of-year)
    Example("photo-caption", "BEIJING (Reuters) - Exports to North Korea in the first eight months of 2018 fell 30 "
            "percent.\n\nShipping containers are seen at a port in Dandong, China, September 8, 2018. "
            "REUTERS/Stringer\n\nImports in that period fell a steep 89.3 percent.", date(2018, 9, 23),
            {"30 percent": Want(30, "%", "2018-01/2018-08"), "89.3 percent": Want(89.3, "%", "2018-01/2018-08")},
            never_when=("2018-09-08",)),
    Example("photo-caption", "The won hit 30,000 to the dollar.\n\nA market in Pyongyang, photographed in May last "
            "year. [Photo/Daily NK]\n\nRice costs 6,000 won a kilogram.", date(2024, 11, 27),
            {"6,000 won a kilogram": Want(6000, "KPW/kg", "2024")}, never_when=("2023-05",)),
    # … and the credit after the caption's stop: "Image: …", "PHOTO: …" (counter-example: a line that ends a
    # paragraph, with the credit on the line below, is prose)
    Example("photo-caption", "Porters load a barge at Nampo, June 3, 2019. PHOTO: AFP\n\nThe forecast for the county "
            "was cut to 55% of the spring estimate.", date(2019, 10, 1), {"55%": Want(55, "%", "2019")},
            never_when=("2019-06-03",)),
    Example("photo-caption", "On the next quay, some 40,000 tonnes of coal came in this year.\nPhoto: AFP",
            date(2019, 10, 1), {"some 40,000 tonnes": Want(40000, "t", "2019", approx="about")}),
    Example("relative-clause-date", "SEOUL, May 21 (Yonhap) -- Trade grew in 2013.\nTrade with Russia jumped 37.3 "
            "percent to US$104 million, as imports soared through the railway, which was opened in the second half of "
            "2012.", date(2014, 5, 21), {"US$104 million": Want(104e6, "USD", "2013")},
            never_when=("2012-07/2012-12",)),
    Example("relative-clause-date", "SEOUL, May 21 (Yonhap) -- Trade grew in 2013.\nThe share of China was 89.1 "
            "percent and has risen since 2005, when it topped 50 percent.", date(2014, 5, 21),
            {"89.1 percent": Want(89.1, "%", "2013"), "50 percent": Want(50, "%", "2005")}),
    # counter-example: a date in the figure's own main clause dates it, a "which" after it or not
    # a restrictive "which" clause of a figure's other time dates neither the figure nor the sentences after
    Example("relative-clause-date", "On the 18th, rice reached 1,000 won, or 1,200 won in Musan, a price which was "
            "also recorded in February this year. The yuan rose to 220 won.", date(2010, 7, 20),
            {"220 won": Want(220, "KPW", "2010-07-18")}, never_when=("2010-02",)),
    # "that opened last year": a restrictive clause's time is its noun's; "6 times more than the amount in the same
    # period last year": the thing compared is named, the time is the baseline's
    Example("relative-clause-date", "In August output reached US$6.8 million, 6 times more than the amount in the same "
            "period last year. Besides 13 firms now in operation, 24 more are building plants in another zone that "
            "opened last year.", date(2006, 9, 24),
            {"6 times": Want(6, "times", "2006-08"), "13 firms": Want(13, "count", "2006-09-24")},
            never_when=("2005-08", "2005")),
    # a noun's participle of an event: the date is the event's, and governs neither the sentence nor the next
    Example("relative-clause-date", "The country lies north of the line set by the armistice in July 1953. Its area "
            "is 120,540 km², about 55% of the peninsula.", D2016,
            {"120,540 km²": Want(120540, "km2", "2016"), "about 55%": Want(55, "%", "2016")},
            never_when=("1953-07",)),
    Example("relative-clause-date", "Exports reached $2.8 billion in 2015, which was a record.", D2016,
            {"$2.8 billion": Want(2.8e9, "USD", "2015")}),
    # a figure's grouping comma ends no relative clause, and the clause's date is no time to count "the year before"
    # from
    Example("relative-clause-date", "Grain imports tripled last year. Corn imports grew 16 times compared to 3,125 "
            "tons the year before, and flour imports, which stood at 7,000 tons in the previous year, twelvefold.",
            date(2018, 3, 5), {"16 times": Want(16, "times", "2017"), "3,125 tons": Want(3125, "t", "2016"),
                               "7,000 tons": Want(7000, "t", "2016")}),
    # two times joined as the figures' span govern as one: "in January and February", not February alone
    Example("figure-time-governs", "Trade with China fell 24 percent in January and February. China's exports to North "
            "Korea fell to $198 million.", date(2020, 4, 26),
            {"24 percent": Want(24, "%", "2020-01/2020-02"), "$198 million": Want(198e6, "USD", "2020-01/2020-02")}),
    # the time the figures of a sentence are of governs the sentences after it, not a time it names only to explain
    # them (candidates: figure-time-governs)
    Example("figure-time-governs", "Exports rose 14% in 2019 to $278 million, mostly due to a weak performance in "
            "2018 when sanctions intensified. Imports jumped to $3 billion.", date(2020, 7, 31),
            {"$3 billion": Want(3e9, "USD", "2019")}),
    # a time counted back from another of its sentence is what the sentence compares with: the sentences after it go
    # on in the other (candidates: back-reference)
    Example("back-reference", "In December 2017 grain imports grew four times the amount of the same period a year "
            "before. Flour imports reached 25,000 tons.", date(2018, 3, 5),
            {"25,000 tons": Want(25000, "t", "2017-12")}),
    # --- a fact sheet's label dated "(6/98)" or "(1/1/00E)" (dategrammar, resolution, sentences) ------------------
    Example("slash-month", "Defense (6/98): Army, (923,000); Navy, (46,000)\n\nElectric Generating Capacity (1/1/00E): "
            "9.5 gigawatts", date(2002, 10, 1),
            {"923,000": Want(923000, "people", "1998-06"), "46,000": Want(46000, "people", "1998-06"),
             "9.5 gigawatts": Want(9.5e6, "kW", "2000-01-01")}),
    # counter-example: a fraction in brackets is no month
    Example("slash-month", "In 2015 the South's output was 25 times the North's (1/25) by value, or $30 billion.",
            D2016, {"$30 billion": Want(30e9, "USD", "2015")}, never_when=("2025-01",)),
    # --- "the number of X" before a bare number says what it counts (people, quantities, lists) ------------------
    # a list of counts under what they count: each a count of the label's noun
    # the parts of an argument or of a method are counted, not claimed (sentenceclaims: discourse, method-parts);
    # counter-example: a count of things of the economy in the same shape
    Example("method-parts", "The two governments agreed; the index has two goals and rests on 50 indicators in five "
            "pillars; power lines branch out in four directions.", D2019,
            never=("two governments", "two goals", "50 indicators", "four directions")),
    Example("method-parts", "In 2018 the province built 50 greenhouses.", D2019,
            {"50 greenhouses": Want(50, "count", "2018")}),
    # a field's label counts its bare value (people: field-label-counts); counter-example: a label of no thing of the
    # economy counts nothing that is proposed
    # a field of "label: value" rows takes the time at the end of its last row (tables: field-time); counter-example:
    # rows of another layout keep the document's time
    # a fact box's rank bracket before the row's time is no remark of it (gridcells: field-time); counter-example:
    # a rank and no time keeps the document's year
    Example("field-time", "Population: 24.8 million people (World Rank: 50th) (2014 estimate)\nLife expectancy: 63.8 "
            "years (World Rank: 184th) (2009 estimate)\nMedian age: 33.1 years (World Rank: 62nd)\n", date(2015, 1, 1),
            {"24.8 million people": Want(24.8e6, "people", "2014", kind="estimate"),
             "63.8 years": Want(63.8, "years", "2009"), "33.1 years": Want(33.1, "years", "2015")}),
    Example("field-time", "Airports - with paved runways:\nover 3,047 m: 3\n2,438 to 3,047 m: 23\n1,524 to 2,437 m: 5"
            "\nunder 914 m: 3 (2003 est.)\n", D2016,
            {"23": Want(23, "count", "2003"), "5": Want(5, "count", "2003")}, never_when=("2016",)),
    # a fact sheet's field with a dated value is a claim, whatever its label counts, its label on its line or above
    # (sentenceclaims: field-label-counts); counter-example: an undated line of words and a number is no field
    Example("field-label-counts", "Communications\n\nRadios: 3.36 million (1997)\n\nTelevisions:\n1.2 million "
            "(1997)\n\nChapter 4 covers the years since.\n", date(2002, 1, 1),
            {"3.36 million": Want(3.36e6, "count", "1997"), "1.2 million": Want(1.2e6, "count", "1997")},
            never=("4",)),
    Example("field-label-counts", "Transport\n\nAirports: 78 (2003 est.)\n\nHospitals (public): 1,200\n\n"
            "Airports - with unpaved runways:\ntotal: 43\n", D2016,
            {"78": Want(78, "count", "2003"), "43": Want(43, "count", "2016")}),
    Example("field-label-counts", "Notes: 3\n", D2016, never=("3",)),
    Example("field-label-counts", "Exports: 12\n", D2016, never=("12",)),
    # the bound of a size class of things counted is no measure (sentenceclaims: class-bound); counter-example: a
    # measure after a verb of its count
    Example("class-bound", "In 1993 there were about thirty paved runways and less than five runways over 3,659 "
            "meters; ten ships carried over 3,000 tons.", D2016,
            {"less than five runways": Want(5, "count", "1993", approx="less-than"),
             "over 3,000 tons": Want(3000, "t", "1993", approx="more-than")}, never=("over 3,659 meters",)),
    Example("number-of", "Merchant marine (2005):\nships by type: bulk 6, cargo 166, container 3\n", D2016,
            {"166": Want(166, "count", "2005"), "3": Want(3, "count", "2005")}),
    # item names with a slash, and a list longer than a line of print
    Example("number-of", "Merchant marine (2005):\nships by type: bulk 6, cargo 166, combination bulk 2, container 3, "
            "liquefied gas 1, livestock carrier 3, passenger/cargo 1, petroleum tanker 11, refrigerated cargo 6, "
            "roll on/roll off 2, short-sea/passenger 4\n", D2016,
            {"11": Want(11, "count", "2005"), "2": Want(2, "count", "2005"), "4": Want(4, "count", "2005")}),
    Example("number-of", "The number of officially sanctioned markets reached 406 by the end of 2015, up from about "
            "200 in 2010.", D2016, {"406": Want(406, "count", "2015-12"), "about 200": Want(200, "count", "2010")}),
    Example("number-of", "The number of markets rose from 200 in 2010 to 406 by 2015.", D2016,
            {"200": Want(200, "count", "2010"), "406": Want(406, "count", "2015")}),
    Example("number-of", "In 2012 the number of North Korean workers in Kaesong stood at 53,000.", D2016,
            {"53,000": Want(53000, "people", "2012")}),
    # counter-example: the level a share rose from is no share
    Example("number-of", "In 2015 the price index rose 5 percent, up from 96.", D2016,
            {"5 percent": Want(5, "%", "2015")}, never=("96",)),
    # --- a fact sheet's field is of the time at the end of its last line (candidates: field-time; dates) ----------
    Example("field-time", "People\nLiteracy: age 15 and over can read and write (1990 est.)\ntotal population: 99%\n"
            "Labor force: 9.6 million\nby occupation: agricultural 36%\nnote: shortage of labor (mid-1987 est.)\nLife "
            "expectancy at birth:\ntotal population: 70.05 years\nfemale: 73.29 years (1995 est.)\n", date(1995, 6, 1),
            {"99%": Want(99, "%", "1990"), "9.6 million": Want(9.6e6, "people", "1987-05/1987-08"),
             "36%": Want(36, "%", "1987-05/1987-08"), "70.05 years": Want(70.05, "years", "1995")}),
    # a date in brackets that begins with a word is a date: "(early 2015)", "(mid-1987 est.)"
    Example("field-time", "Grain output fell 10 percent (early 2015 est.).", D2016,
            {"10 percent": Want(10, "%", "2015-01/2015-04")}),
    # "than that in the previous year" is a baseline, as "than in the previous year" is (attach)
    Example("baseline-than-it-was", "PYONGYANG, April 7 (KCNA) -- The budget was carried out last year.\n\nA 6 percent "
            "bigger fund than that in the previous year was spent on science.", date(2011, 4, 7),
            {"6 percent": Want(6, "%", "2010", compared_to="2009")}),
    # --- a marketing year (dategrammar, resolution) --------------------------------------------------------------
    # the time of speaking in a figure's own clause dates it, not another clause's date (sentenceclaims:
    # now-in-clause); counter-example: "now" in another clause leaves a dated clause its date
    Example("now-in-clause", "Two years ago the price of rice was 3,000 won; now it is 6,000 won.", D2015,
            {"3,000 won": Want(3000, "KPW/kg", "2013"), "6,000 won": Want(6000, "KPW/kg", "2015-09-01")}),
    Example("now-in-clause", "In 2010 the price was 3,000 won, but it is 6,000 won now.", D2015,
            {"3,000 won": Want(3000, "KPW", "2010"), "6,000 won": Want(6000, "KPW", "2015-09-01")}),
    Example("now-in-clause", "Now that the line is open, it carried 2,000 tons in 2014.", D2015,
            {"2,000 tons": Want(2000, "t", "2014")}),
    # a week, a month or days counted from the governing day (resolution: anaphoric_shift); said again after a baseline
    # it is the baseline's (attach: baseline-anaphoric); counter-example: counted from a year it is that year
    # "the previous month" counts from the month of its sentence (counter-example: none named, from the document's)
    Example("baseline-anaphoric", "Exports in August were $194.6 million, up from $177.48 million the previous month. "
            "Imports were worth $41 million, down from $45 million the previous month.", date(2018, 9, 23),
            {"$177.48 million": Want(177.48e6, "USD", "2018-07"), "$41 million": Want(41e6, "USD", "2018-08"),
             "$45 million": Want(45e6, "USD", "2018-07")}),
    Example("baseline-anaphoric", "Imports were worth $41 million, down from $45 million the previous month.",
            date(2018, 9, 23), {"$45 million": Want(45e6, "USD", "2018-08")}),
    Example("baseline-anaphoric", "Rice cost 6,000 won a kilogram on Nov. 15, up from 4,500 won a week earlier. In "
            "October corn cost 3,000 won; a month earlier it had cost 2,400 won.", date(2012, 11, 20),
            {"4,500 won": Want(4500, "KPW/kg", "2012-11-08"), "2,400 won": Want(2400, "KPW/kg", "2012-09")}),
    # a week earlier than the nearest date before it, not than the sentence's first
    Example("baseline-anaphoric", "In Q1 2021 exports to China were $48 million, and rice cost 4,400 won a kilogram in "
            "early July, up from 4,000 won a week earlier.", date(2021, 7, 30),
            {"$48 million": Want(48e6, "USD", "2021-01/2021-03"),
             "4,000 won": Want(4000, "KPW/kg", "2021-06-24/2021-07-03")}),
    Example("baseline-anaphoric", "Rice traded for 18,000 won on Jan. 4, 10% lower than in the Dec. 7 survey, about a "
            "month before. The price fell 6% from the price two weeks before.", date(2026, 1, 15),
            {"10%": Want(10, "%", "2026-01-04"), "6%": Want(6, "%", "2026-01-04")}),
    # quarters, halves and fiscal years as statistics code them (dategrammar: coded-period); counter-example: a virus
    Example("coded-period", "In Q1 2019, exports fell 12%; in H1 2018 they had risen 5%. In FY2017 revenue was $300 "
            "million, and $80 million in 2016Q3. The H1N1 outbreak cost 3 percent of output.", D2019,
            {"12%": Want(12, "%", "2019-01/2019-03"), "5%": Want(5, "%", "2018-01/2018-06"),
             "$300 million": Want(3e8, "USD", "2017"), "$80 million": Want(8e7, "USD", "2016-07/2016-09")}),
    Example("coded-period", "The Korean comrades asked for 20,000 tons of fertilizer in the 2nd quarter, and "
            "for 5,000 tons in the 3rd quarter of 1956.", date(1955, 6, 1),
            {"20,000 tons": Want(20000, "t", "1955-04/1955-06"), "5,000 tons": Want(5000, "t", "1956-07/1956-09")}),
    # more of the same things: "a further 250 million" (lists: elliptic-list)
    Example("elliptic-list", "In 1954 the Soviet Union delivered equipment worth 300 million rubles, and in 1955 a "
            "further 250 million.", D2015, {"250 million": Want(250e6, "RUB-1947", "1955")}),
    # a day as ISO 8601, Korean dots or a month cut short before its year (dategrammar: ymd-dots); counter-example:
    # no such month
    Example("ymd-dots", "Updated: 2019-04-30\n\nOn 2019-04-12 rice cost 5,000 won. In Sept. 2018 it cost 4,500 won, "
            "and on 2024.1.17 corn 2,400 won. Code 2014-13-02 sold 300 tons.", D2019,
            {"5,000 won": Want(5000, "KPW/kg", "2019-04-12"), "4,500 won": Want(4500, "KPW/kg", "2018-09"),
             "2,400 won": Want(2400, "KPW/kg", "2024-01-17")}),
    # a day of a Juche year as the DPRK writes it, "October 9, Juche 34 (1945)" (dategrammar: juche-day); a day with
    # slashes, "1966/05/14" (ymd-dots); a name of a year after it, "In 1963, the last year for which …", is no time of
    # its own (dates: apposed-year)
    Example("juche-day", "On October 9, Juche 34 (1945), the works produced 4,000 tons of steel. On 15 April, Juche 60 "
            "(1971), the smelter poured 1,200 tons of zinc. The barges left Nampho on 1966/05/14 with 3,000 tons of "
            "cement.", date(2021, 4, 22),
            {"4,000 tons": Want(4000, "t", "1945-10-09"), "1,200 tons": Want(1200, "t", "1971-04-15"),
             "3,000 tons": Want(3000, "t", "1966-05-14")}),
    Example("apposed-year", "In 1963, the last year for which such data were published, there were 2,295 state "
            "enterprises.", date(2006, 1, 1), {"2,295 state enterprises": Want(2295, "count", "1963")}),
    # counter-example: "the last year" alone is the year before the document's
    Example("apposed-year", "Milk deliveries fell 4% in the last year.", date(2006, 1, 1),
            {"4%": Want(4, "%", "2005")}),
    # three or more years in a row listed are one span (dates: year-list); counter-example: years not in a row;
    # "has not improved since 2002" is a baseline (attach: change-from)
    Example("year-list", "GDP in 2012, 2013 and 2014 was $40 billion. Output was 6 million tons in 2011, 2012 and "
            "2013.", date(2017, 4, 14),
            {"$40 billion": Want(40e9, "USD", "2012/2014"), "6 million tons": Want(6e6, "t", "2011/2013")}),
    Example("year-list", "About one third of mothers are anaemic, a share that has not improved since 2002.",
            date(2011, 1, 1), {"About one third": Want(33.3, "%", "2011", approx="about")}),
    Example("year-list", "Output was 6 million tons in 2009, 2012 and 2015.", date(2017, 4, 14),
            never_when=("2009/2015",)),
    # a span of years cut short, its comma the clause's (dategrammar: year-span)
    Example("year-span", "In 2013-14, aid totalled $21 million. In fiscal year 2011/12, it was $18 million.", D2015,
            {"$21 million": Want(21e6, "USD", "2013/2014"), "$18 million": Want(18e6, "USD", "2011/2012")}),
    # "one-half" is a half, as "half" is (quantities: fraction)
    Example("fraction", "Exports were only one-40th of the South's in 2020, and steel output was two-fifths lower "
            "than in 1990; the firm ranked 40th of 180.", date(2021, 3, 1),
            {"one-40th": Want(2.5, "%", "2020"), "two-fifths": Want(40, "%", "2020")}, never=("40th",)),
    # the thing compared with at its best or worst is a baseline (attach: baseline-cue); a span of years before a
    # noun of measure keeps both its years ("2018-19 levels")
    Example("baseline-cue", "Coal output last year was no higher than at its peak in the mid-1980s, while steel "
            "output was 30 percent lower.", date(2016, 1, 10), {"30 percent": Want(30, "%", "2015")},
            never_when=("1983/1986",)),
    Example("baseline-cue", "Trade rose 12% in 2023 but did not recover to 2018-19 levels.", date(2024, 3, 26),
            {"12%": Want(12, "%", "2023")}, never_when=("2018",)),
    Example("fraction", "Almost one-half of the trade went to Japan in 1966, and two-thirds of the cotton came from "
            "the Soviet Union.", D1998, {"Almost one-half": Want(50, "%", "1966", approx="almost"),
                                          "two-thirds": Want(66.7, "%", "1966")}),
    # a span of days of one month, its end the day alone: "from September 2 to 6", "between July 3 and 9" (dategrammar:
    # day-range); the end is no figure
    Example("day-range", "Up to 180 mm of rain fell in Hamhung from September 2 to 6. Between July 3 and 9, 120 mm of "
            "rain fell in the county.", date(2001, 10, 1),
            {"Up to 180 mm": Want(0.18, "m", "2001-09-02/2001-09-06"),
             "120 mm": Want(0.12, "m", "2001-07-03/2001-07-09")},
            never=("6", "9")),
    Example("day-range", "The fair ran October 2 through 5 and sold 300 tons of apples.", date(2001, 11, 1),
            {"300 tons": Want(300, "t", "2001-10-02/2001-10-05")}),
    # counter-example: figures from one number to another in a month are two figures, no days
    Example("day-range", "In July output at the pit rose from 3 to 9 tons a day.", date(2001, 11, 1),
            {"9 tons": Want(9, "t", "2001-07")}),
    # a span cut short whose end is a figure's number is the first year alone (dates: year-span); counter-example:
    # a span cut short before a clause's words
    Example("year-span", "Coal output fell from 40 million tons in 1990 to 12 million tons in 2015. Exports grew 12 "
            "percent in 2014 to 15 billion dollars.", D2016,
            {"40 million tons": Want(40e6, "t", "1990"), "12 million tons": Want(12e6, "t", "2015"),
             "12 percent": Want(12, "%", "2014"), "15 billion dollars": Want(15e9, "USD", "2014")}),
    Example("year-span", "In 1996 to 98 the mine produced 2 million tons.", D2016,
            {"2 million tons": Want(2e6, "t", "1996/1998")}),
    Example("marketing-year", "The Mission estimates a cereal import requirement of 340,000 tonnes for the 2013/14 "
            "marketing year (November/October).", date(2013, 11, 28),
            {"340,000 tonnes": Want(340000, "t", "2013-11/2014-10")}),
    # the DPRK's marketing year runs November to October when the text names no months
    Example("marketing-year", "Food production for the 2008/09 marketing year is forecast at 3.342 million tonnes.",
            date(2008, 12, 8), {"3.342 million tonnes": Want(3.342e6, "t", "2008-11/2009-10")}),
    Example("marketing-year", "Exports rose 4 percent in 2013/14 (July/June).", D2015,
            {"4 percent": Want(4, "%", "2013-07/2014-06")}),
    # counter-example: a split year with no marketing year or months is the two years
    Example("marketing-year", "Output in 2010/11 was 4.2 million tonnes.", D2013,
            {"4.2 million tonnes": Want(4.2e6, "t", "2010/2011")}),
    # a split year across a century: "1999/00" is 1999 to 2000
    Example("marketing-year", "Output in 1999/00 was 3.9 million tonnes.", D2013,
            {"3.9 million tonnes": Want(3.9e6, "t", "1999/2000")}),
    # --- the turn of the century or millennium (dategrammar, relativedates) --------------------------------------
    Example("turn-of-century", "Since the turn of the millennium the plant has employed some 3,000 workers.",
            date(2018, 6, 1), {"some 3,000 workers": Want(3000, "people", "2000/2018-06-01", approx="about")}),
    Example("turn-of-century", "At the turn of the century the mines employed 40,000 workers.", date(1935, 1, 1),
            {"40,000 workers": Want(40000, "people", "1900")}),
    # --- a day of the month named alone (dategrammar, relativedates) --------------------------------------------
    # (a day alone after "since", "until", "by" is read with it: tests/test_extract_rules.py)
    Example("day-of-month", "Rice prices dropped on the 19th, when rice sold for 6,500 won per kilogram.",
            date(2021, 6, 23), {"6,500 won per kilogram": Want(6500, "KPW/kg", "2021-06-19")}),
    # a day still to come in the document's month is of the month before
    Example("day-of-month", "Rice sold for 6,500 won per kilogram on the 19th.", date(2021, 6, 10),
            {"6,500 won per kilogram": Want(6500, "KPW/kg", "2021-05-19")}),
    # a document dated to its month only: the day is taken at the document's precision
    Example("day-of-month", "Rice sold for 6,500 won per kilogram on the 19th.", date(2021, 6, 1),
            {"6,500 won per kilogram": Want(6500, "KPW/kg", "2021-06")}, stated="2021-06"),
    # after a day of a named month, a day named alone is of that month, in a document dated to its month too, and
    # it goes on governing the sentences after it as any date does; "On 8th" and "as of March 9th" are days as well
    Example("day-of-month", "On March 4, rice sold for 900 won per kg. Prices kept rising on the 6th. In the city "
            "market rice reached 1,200 won per kg. On 8th, it fell to 1,000 won per kg. Trading goes on as of "
            "March 9th, when maize sold at 400 won per kg.", date(2011, 3, 1),
            {"900 won per kg": Want(900, "KPW/kg", "2011-03-04"),
             "1,200 won per kg": Want(1200, "KPW/kg", "2011-03-06"),
             "1,000 won per kg": Want(1000, "KPW/kg", "2011-03-08"),
             "400 won per kg": Want(400, "KPW/kg", "2011-03-09")},
            stated="2011-03"),
    # counter-example: a day named alone before the named day is not counted from it
    Example("day-of-month", "On March 20, rice sold for 900 won per kg. It had sold for 700 won per kg on the 3rd.",
            date(2011, 3, 1), {"700 won per kg": Want(700, "KPW/kg", "2011-03")}, never_when=("2011-03-03",),
            stated="2011-03"),
    # "(as of the 11th)": a day of the document's month, the figure's own
    Example("day-of-month", "Rice is now 2,000 won per kilo (as of the 11th).", date(2011, 2, 13),
            {"2,000 won per kilo": Want(2000, "KPW/kg", "2011-02-11")}),
    # counter-examples: an ordinal followed by a noun is a rank or a floor, no day
    Example("day-of-month", "Growth on the 5th floor was 3 percent in 2015.", D2016,
            {"3 percent": Want(3, "%", "2015")}, never_when=("2016-11-05",)),
    Example("day-of-month", "On the 3rd largest farm, output rose 4 percent in 2015.", D2016,
            {"4 percent": Want(4, "%", "2015")}, never_when=("2016-11-03", "2016-12-03")),
    # --- a share in words, in per cent as a curator writes it (quantities: fraction) ---------------------------
    # a share "that of" another's, whatever its denominator (quantities: fraction)
    Example("fraction", "In 2023 the North's GNI was about one-sixtieth that of South Korea's, and its GNI per capita "
            "one-thirtieth that of the South.", D2016,
            {"about one-sixtieth": Want(1.7, "%", "2023", approx="about"), "one-thirtieth": Want(3.3, "%", "2023")}),
    # Seoul's English-language papers write the South's won "W" before a multiplier or grouped digits (quantities:
    # seoul-won); counter-example: a room or a model named "W1", "W12"
    Example("seoul-won", "In 2015 some 4,000 workers in Kuwait received around W1 million a month (US$1=W1,123). Room "
            "W1 held W12 engines.", D2016,
            {"around W1 million": Want(1e6, "KRW", "2015", approx="about", per="month"),
             "W1,123": Want(1123, "KRW", "2015")}, never=("W1", "W12")),
    # the South's own sum, in a relative clause after it, is in its won (sentenceclaims: seoul-won)
    Example("seoul-won", "In 2023 the North's GDP of 40.2 trillion won was only 1.7 percent of South Korea's, which "
            "came to 2,401.2 trillion won.", D2016, {"2,401.2 trillion won": Want(2401.2e12, "KRW", "2023")}),
    # a share in words in a sentence with no digit and no other number word (sentenceclaims: is_numbered)
    Example("fraction", "Less than a fifth of the country's surface was cultivable in 2015.", D2016,
            {"Less than a fifth": Want(20, "%", "2015", approx="less-than")}),
    Example("fraction", "About one third of the coal and two-thirds of the ore went to China in 2016.", D2016,
            {"About one third": Want(33.3, "%", "2016", approx="about"), "two-thirds": Want(66.7, "%", "2016")}),
    # any denominator an ordinal names, "one-fortieth", "one twenty-sixth", "two-fifths" (numbers of English words:
    # "one twenty" is none, so no "21" is read out of "one twenty-sixth"); counter-example: a numerator above one
    # keeps the plural, and "one second" is a time
    Example("fraction", "In 2016 its GDP was roughly one-fortieth of the South's, its income about one twenty-sixth of "
            "the South's, and two-fifths of its exports went to China.", D2016,
            {"roughly one-fortieth": Want(2.5, "%", "2016", approx="about"),
             "about one twenty-sixth": Want(3.8, "%", "2016", approx="about"), "two-fifths": Want(40, "%", "2016")},
            never=("one twenty", "about one twenty")),
    Example("fraction", "In 2016 the reactor shut down for one second of every minute.", D2016, never=("one second",)),
    # --- a decimal as a broadcast reads it (numbers: spoken-decimal) ----------------------------------------
    Example("spoken-decimal", "Exports fell to 13-point-09 million dollars last year, and trade with China came to "
            "close to one-point-four billion dollars.", date(2021, 2, 16),
            {"13-point-09 million dollars": Want(13.09e6, "USD", "2020"),
             "close to one-point-four billion dollars": Want(1.4e9, "USD", "2020", approx="almost")},
            never=("Five-Point",)),
    Example("spoken-decimal", "The Five-Point Programme and a 10-point plan were adopted in 2020.", D2016,
            never=("Five-Point", "10-point")),
    # --- a decimal set with a space after its point, as official news print shares (numbers, sentences) ------
    Example("spaced-decimal", "In 2016 the works fulfilled the plan by 101.5, 105.5 and 106. 6 percent respectively.",
            D2016, {"106. 6 percent": Want(106.6, "%", "2016"), "101.5": Want(101.5, "%", "2016")}),
    Example("spaced-decimal", "Budget revenue grew 2. 6 percent and spending 3. 2 percent in 2015.", D2016,
            {"2. 6 percent": Want(2.6, "%", "2015"), "3. 2 percent": Want(3.2, "%", "2015")}),
    # a stop a scraped page lost its space after still ends the sentence, and no unit takes the next word
    # (sentences, units: glued-stop); counter-example: the dots of "U.S." and a lowercase domain
    Example("glued-stop", "In 2002 the daily ration was cut to 300 grams.The price of a kilo of rice rose to 44 won in "
            "July.Visitors to nkeconwatch.com paid 2 U.S. dollars.", date(2002, 8, 1),
            {"300 grams": Want(0.3, "kg", "2002"), "44 won": Want(44, "KPW-1959/kg", "2002-07")}),
    # counter-example: a sentence that ends on a year or a count, the next opening with a share, stays two
    Example("spaced-decimal", "The plan was fulfilled in 2015. 6 percent more coal is planned.", D2016,
            {"6 percent": Want(6, "%", "2016")}),
    Example("spaced-decimal", "The mine opened 12 shafts. 4 percent of them closed in 2015.", D2016,
            {"4 percent": Want(4, "%", "2015")}, never=("12. 4",)),
    # --- a scale declared in prose (scales) -------------------------------------------------------------
    # a line ending in a colon declares its scale for the list under it, every item (scales: declared-scale);
    # counter-example: a ranked list's item numbers before names are no amounts (nonclaims)
    # Korean statistics' scales of ten thousand and a hundred million, declared in a caption, are no figures (scales:
    # declared-scale)
    # a fact sheet's "Mt" is megatonnes, as in prose (tablecells); counter-example: "mt" is tonnes
    Example("grid-label-unit", "Coal\n  Production: 27.5 Mt (2015)\n  Exports: 19.6 Mt (2015)\n", D2016,
            {"27.5": Want(27.5e6, "t", "2015"), "19.6": Want(19.6e6, "t", "2015")}),
    Example("grid-label-unit", "Fish\n  Catch: 520 mt (2015)\n  Exports: 110 mt (2015)\n", D2016,
            {"520": Want(520, "t", "2015")}),
    # a population "tops" a figure, an army "numbers" one: persons (people: people-counted)
    Example("people-counted", "The population tops 24.1m, and the army numbers 1.2m.", D2016,
            {"24.1m": Want(24.1e6, "people", "2016"), "1.2m": Want(1.2e6, "people", "2016")}),
    Example("declared-scale", "Table 5. Food production (10,000 tons)\nYear\tTotal\tRice\n2013\t503\t220\n\n"
            "Electricity generation (100 million kWh)\nYear\tHydro\tThermal\n2013\t139\t82\n", D2016,
            {"503": Want(5.03e6, "t", "2013"), "139": Want(1.39e10, "kWh", "2013")},
            never=("10,000 tons", "100 million kWh")),
    Example("declared-scale", "Table 3. Trade with China (unit: US$ 1,000)\n\nYear\tExports\tImports\n"
            "2013\t2,911,600\t3,633,000\n", D2016, {"2,911,600": Want(2.9116e9, "USD", "2013")},
            never=("US$ 1,000", "1,000")),
    Example("declared-scale", "Grain output in millions of tonnes:\n• 2010/2011: 4.5\n• 2012/2013: 4.9\n• 2013/2014: "
            "5.03\n", D2016, {"4.5": Want(4.5e6, "t", "2010/2011"), "4.9": Want(4.9e6, "t", "2012/2013"),
                                "5.03": Want(5.03e6, "t", "2013/2014")}),
    Example("declared-scale", "Top provinces (in millions of tonnes):\n• 1: South Hwanghae\n• 2: South Pyongan\n",
            D2016, never=("1", "2")),
    Example("declared-scale", "Fish catch in thousands of tons: 273.0 in 1949; 122.0 in 1953.", D1998,
            {"273.0": Want(273000, "t", "1949"), "122.0": Want(122000, "t", "1953")}),
    Example("declared-scale", "Coal output (in thousand tons) was 4,100 in 1956 and 5,200 in 1957.", D1998,
            {"4,100": Want(4.1e6, "t", "1956"), "5,200": Want(5.2e6, "t", "1957")}),
    # a declaration that ends its sentence governs the next one
    Example("declared-scale", "The memorandum gives the fish catch in thousands of tons. 273.0 in 1949, 558.0 in "
            "1959.", D1998, {"273.0": Want(273000, "t", "1949"), "558.0": Want(558000, "t", "1959")}),
    Example("declared-scale", "Figures are in millions of US dollars. Exports reached 88 in 2015.", D2016,
            {"88": Want(88e6, "USD", "2015")}),
    # an indicator's unit in brackets after its name, as statistics pages name their series; a country's name
    # abbreviated ("Dem. People's Rep.") ends no sentence
    Example("declared-scale", "Arable land (% of land area) in Korea, Dem. People's Rep. was 18.6 as of 2015. "
            "GDP (current US$) reached 14.2 billion in 2014. Cereal yield (kg per hectare) was 4,512 in 2016.", D2016,
            {"18.6": Want(18.6, "%", "2015"), "14.2 billion": Want(14.2e9, "USD", "2014"),
             "4,512": Want(4512, "kg/ha", "2016")}),
    # counter-examples: a name or a conversion in brackets declares no unit
    Example("declared-scale", "The Fund (IMF) lent 300 in 1999, and rice sold at 1 kg (2.2 lb) for 500.", D2016,
            never=("300", "500")),
    # the numeral of a declaration is the scale, no figure
    Example("declared-scale", "Output (unit: 1,000 tons) reached 2,300 in 1960.", D1998,
            {"2,300": Want(2.3e6, "t", "1960")}, never=("1,000",)),
    # counter-example: "thousands of tons" with no "in" or bracket before it is a vague amount, and a figure with its
    # own unit keeps it
    Example("declared-scale", "Thousands of tons of rice were sent in 1997.", D1998,
            {"Thousands of tons": Want(1000, "t", "1997", approx="at-least")}),
    Example("declared-scale", "Output, in thousands of tons, rose to 5,000 tons of coal in 1960.", D1998,
            {"5,000 tons": Want(5000, "t", "1960")}),
    # counter-example: a declaration after the figure governs nothing before it
    Example("declared-scale", "The mine employed 4,100 workers in 1970; its output is counted in thousands of "
            "tons.", D1998, {"4,100 workers": Want(4100, "people", "1970")}),
    # --- rates and measures of people (quantities) --------------------------------------------------------
    # a time after a unit's slash is the rate's period: "85,000 bbl/day", "1.2 mt/yr" (units: rate-period)
    # oil reports' barrels a day: "b/d", "bbl/d" (units: rate-period)
    Example("rate-period", "Refinery runs fell to 9,000 b/d in 2012. Output was 8,000 bbl/d in 2014.", D2016,
            {"9,000 b": Want(9000 * 158.987294928, "l", "2012", per="day"),
             "8,000 bbl": Want(8000 * 158.987294928, "l", "2014", per="day")}),
    # a verb that says the figure is passed makes it more than the figure (quantities: exceeds-more-than)
    Example("exceeds-more-than", "Arrears exceeded $3 billion in 1997. Debt is estimated to exceed $12 billion.",
            D2016, {"$3 billion": Want(3e9, "USD", "1997", approx="more-than"),
                    "$12 billion": Want(12e9, "USD", "1997", approx="more-than")}),
    Example("rate-period", "In 2001 the country consumed 85,000 bbl/day of oil and mined 1.2 mt/yr of zinc ore.",
            D2015, {"85,000 bbl": Want(85000 * 158.987294928, "l", "2001", per="day"),
                    "1.2 mt": Want(1.2, "t", "2001", per="year")}),
    # a name that begins with a period's word is no period: "Daily NK", "the Weekly Review"; the lowercase adverb is
    Example("rate-period", "Rice sold for 4,200 won last week, up from 4,000 won a month earlier, a source told Daily "
            "NK. In 2018 the mine shipped 300 tons daily.", date(2019, 2, 12),
            {"4,000 won": Want(4000, "KPW/kg", "2019-01-04/2019-01-10"),
             "300 tons": Want(300, "t", "2018", per="day")}, never_per=("4,000 won",)),
    # the period of a plan is no rate of its fulfilment, nor is a machine run "in full capacity" a capacity stated
    # (units: rate-period; measures: kind-of)
    Example("rate-period", "In the third quarter of 2013 the mill carried out its plan for output value at 123.9 "
            "percent and its quarter yearly quota for blankets at 101 percent by operating its machines in full "
            "capacity.", date(2013, 10, 3),
            {"123.9 percent": Want(123.9, "%", "2013-07/2013-09", kind="statistic"),
             "101 percent": Want(101, "%", "2013-07/2013-09", kind="statistic")},
            never_per=("123.9 percent", "101 percent")),
    Example("rate-per-thousand", "The crude birth rate of the country is 16.7 and crude death rate 9.9.", D2015,
            {"16.7": Want(16.7, "per-1000", "2015"), "9.9": Want(9.9, "per-1000", "2015")}),
    Example("rate-per-thousand", "The birth rate of the country fell by 12 percent in 2010.", D2015,
            {"12 percent": Want(12, "%", "2010")}),
    Example("rate-per-thousand", "In 2008 the birth rate was 14.2 per 1,000 people.", D2015,
            {"14.2 per 1,000 people": Want(14.2, "per-1000", "2008")}, never=("1,000",)),
    Example("rate-per-thousand", "Infant mortality rose from 14 deaths in 1,000 live births to 19 by 2008, and "
            "maternal mortality to 77 per 100,000 live births.", D2015,
            {"77 per 100,000 live births": Want(77, "per-100000", "2008")}, never=("1,000 live births",)),
    # a span "from 1998 to 2008" is closed at both ends, whatever "from" opens elsewhere
    # a change's size with its unit, then the level it came to, is two figures; counter-example: no unit before "to"
    # makes a range of the change
    Example("change-from-to", "In 2016 pork fell about 1,000 KPW to 11,100 KPW, and wages rose by 10 to 20 percent.",
            D2019, {"about 1,000 KPW": Want(1000, "KPW", "2016", approx="about"),
                    "11,100 KPW": Want(11100, "KPW", "2016"), "10 to 20 percent": Want(10, "%", "2016")}),
    Example("change-from-to", "The total value of inter-Korean trade was about $11 billion from 1998 to 2008.",
            date(2010, 10, 1), {"about $11 billion": Want(11e9, "USD", "1998/2008", approx="about")}),
    Example("change-from-to", "Maternal mortality rose from 54 to 77 per 100,000 live births.", D2015,
            {"77 per 100,000 live births": Want(77, "per-100000", "2015")}),
    Example("change-from-to", "The plan raised output from 20 to 25 percent of the total.", D2015,
            {"20": Want(20, "%", "2015"), "25 percent": Want(25, "%", "2015")}),
    Example("change-from-to", "Each family received between 20 and 25 percent more grain.", D2015,
            never=("20",)),
    Example("change-from-to", "Grain output rose from 4.1 million to 4.8 million tons in 2013.", D2015,
            {"4.1 million": Want(4.1e6, "t", "2012"), "4.8 million tons": Want(4.8e6, "t", "2013")}),
    Example("change-from-to", "In the spring the price of maize rose from 900 won to 1,300 won per kilogram.",
            D2015, {"900 won": Want(900, "KPW/kg", "2015"), "1,300 won per kilogram": Want(1300, "KPW/kg", "2015")}),
    # the figure a change counts from, when only the change is dated: the year before a year's change, the start of
    # a span's (sentenceclaims: change-start); counter-examples: a figure of its own date keeps it, and one dated
    # only by the document's year stays there
    # counter-example: a level at a moment (a fee, a price, a wage) changed this year is of this year at both ends
    # a change from A to B between two days: A is of the first day, B of the last ("went from" is a change too)
    Example("change-start", "The rate climbed from KPW 1,190 to KPW 1,250 between April 16 and April 30, and the won "
            "went from KPW 900 to KPW 980 between May 2 and May 16.", date(2023, 5, 20),
            {"KPW 1,190": Want(1190, "KPW", "2023-04-16"), "KPW 1,250": Want(1250, "KPW", "2023-04-30"),
             "KPW 900": Want(900, "KPW", "2023-05-02"), "KPW 980": Want(980, "KPW", "2023-05-16")}),
    Example("change-start", "Business this year is worse than last. The fees for industrial goods were reduced from "
            "1000 won to 500 won.", date(2019, 7, 30),
            {"1000 won": Want(1000, "KPW", "2019"), "500 won": Want(500, "KPW", "2019")}),
    Example("change-start", "Trade grew again in 2013. The deficit shrank from $1.05 billion to $980 million.", D2015,
            {"$1.05 billion": Want(1.05e9, "USD", "2012"), "$980 million": Want(980e6, "USD", "2013")}),
    # the change's verb may stand in a participle after a decimal: "fell 3.5 percent last year, dropping from …"
    # (counter-example: a price so changed stays in its year)
    Example("change-start", "Iron ore sales slumped by 12.4 percent last year, dropping from 31 percent to 26 percent "
            "of all exports.", D2015, {"12.4 percent": Want(12.4, "%", "2014"), "31 percent": Want(31, "%", "2013"),
                                       "26 percent": Want(26, "%", "2014")}),
    Example("change-start", "Rice prices jumped 8.5 percent last year, climbing from 4,000 won to 4,340 won a "
            "kilogram.", D2015, {"4,000 won": Want(4000, "KPW/kg", "2014")}),
    # … and in the other order, "to B from A" (counter-example: a price so changed stays in its year)
    Example("change-start", "Zinc sales jumped fivefold between March and April, to 5,000 t from 1,000 t. Iron ore "
            "output fell to about 2 million tons in 2009 from 5.5 million tons.", date(2014, 9, 29),
            {"5,000 t": Want(5000, "t", "2014-04"), "1,000 t": Want(1000, "t", "2014-03"),
             "5.5 million tons": Want(5.5e6, "t", "2008")}),
    Example("change-start", "Rice prices fell to 40 won in 2009 from 44 won.", date(2012, 1, 1),
            {"44 won": Want(44, "KPW/kg", "2009")}),
    # the same measured again now, after a past one, in the unit of the first (lists: elliptic-list); what
    # persons and stocks do in the present ("lie in the north") is of the document's time
    Example("elliptic-list", "The village formerly had 120 households; now it has 235. Coal deposits of 10 million "
            "tons lie in the north.", date(1993, 6, 1),
            {"235": Want(235, "count", "1993-06-01"), "10 million tons": Want(1e7, "t", "1993")}),
    Example("change-start", "Between 2010 and 2014 the share of coal fell from 47 percent to 40 percent of exports.",
            D2015, {"47 percent": Want(47, "%", "2010"), "40 percent": Want(40, "%", "2014")}),
    Example("change-start", "Tractor output rose from 1,200 units in 2009 to 1,500 units in 2013.", D2015,
            {"1,200 units": Want(1200, "count", "2009"), "1,500 units": Want(1500, "count", "2013")}),
    Example("change-start", "The plan raised the share of light industry from 20 to 25 percent.", D2015,
            {"20": Want(20, "%", "2015"), "25 percent": Want(25, "%", "2015")}),
    # "between A and B" is one range (quantities: between-range)
    Example("between-range", "Rice sold for between 2,200 and 2,400 won per kilogram in Hyesan in 2011.", D2015,
            {"2,200 and 2,400 won per kilogram": Want(2200, "KPW/kg", "2011")}, never=("2,200",)),
    Example("between-range", "The mine shipped between 1.2 million and 1.5 million tons of coal in 2010.", D2015,
            {"1.2 million and 1.5 million tons": Want(1.2e6, "t", "2010")}),
    # the end's multiplier is not the start's when the start is written whole: "600,000 and 1 million" (counter:
    # "2 and 3 million" is 2 million to 3 million)
    Example("between-range", "In the famine between 600,000 and 1 million people died. Between 2 and 3 million "
            "people fled.", D2015, {"600,000 and 1 million people": Want(6e5, "people", "2015", value_max=1e6),
                                    "2 and 3 million people": Want(2e6, "people", "2015", value_max=3e6)}),
    # a range whose unit stands at both ends of the dash: "2%-3%", "7%–9%" (quantities: unit-range)
    Example("unit-range", "Growth during 1984-88 averaged 2%-3%, but output declined by 3%–5% annually during "
            "1989-92; in 1992 it dropped by perhaps 7% - 9%.", date(1994, 1, 1),
            {"2%-3%": Want(2, "%", "1984/1988", value_max=3), "3%–5%": Want(3, "%", "1989/1992", value_max=5),
             "7% - 9%": Want(7, "%", "1992", value_max=9)}, never=("-3%", "-9%")),
    Example("between-range", "Real GDP is expected to grow at between 1% and 2% in 2008.", D2015,
            {"1% and 2%": Want(1, "%", "2008", value_max=2)}),
    Example("between-range", "In 2008 income per head was between $600 and $700.", D2015,
            {"$600 and $700": Want(600, "USD", "2008")}, never=("$700",)),
    Example("between-range", "Trade between 2005 and 2010 rose 40 percent.", D2015,
            {"40 percent": Want(40, "%", "2005/2010")}, never=("2005",)),
    # the rate's name may stand between the figure and its "per 1,000"; a list goes on in the same rate
    Example("rate-per-thousand", "The rate rose from an estimated 17.72 under-five mortality per 1,000 lives in 2022 "
            "and 17.44 in 2021.", D2016, {"17.44": Want(17.44, "per-1000", "2021")}, never=("1,000",)),
    # a child's mortality stated bare is per thousand live births; counter-example: another rate stated bare is no
    # rate per thousand
    Example("rate-per-thousand", "In 2023 infant mortality reached 14.5 per 1,000 births, while the neonatal "
            "mortality rate stood at 9.63. The infant mortality rate in 1990 was 40.", D2019,
            {"9.63": Want(9.63, "per-1000", "2023"), "40": Want(40, "per-1000", "1990")}),
    Example("rate-per-thousand", "In 2015 the growth rate of exports was 4.2 percent and the literacy rate stood at "
            "99 percent.", D2019, {"4.2 percent": Want(4.2, "%", "2015"), "99 percent": Want(99, "%", "2015")}),
    Example("rate-per-thousand", "The cooperative farm had 1,000 members and 240 tractors in 1958.", D1998,
            {"1,000 members": Want(1000, "count", "1958")}),
    # in a fact sheet's "label: value" line the rate's words are the value's unit, as in prose
    Example("rate-per-thousand", "Country sheet\nTelephone lines: 3.9 per 100 inhabitants\n"
            "Density: 198 Inhabitants/km²\nDoctors: 3.5 per 1,000 people (2012)\n", D2015,
            {"3.9 per 100 inhabitants": Want(3.9, "%", "2015"), "198 Inhabitants/km²": Want(198, "people/km2", "2015"),
             "3.5 per 1,000 people": Want(3.5, "per-1000", "2012")}, never=("100", "1,000")),
    # a life expectancy stated bare is in years, and whole years "for men and for women" after it too (rates;
    # lists: elliptic-list); the under-five death rate "for children" bare is per thousand (rates)
    Example("life-expectancy", "In 2010 men married at 28.4 years and women at 25.1 years on average.", D2015,
            {"28.4 years": Want(28.4, "years", "2010"), "25.1 years": Want(25.1, "years", "2010")}),
    Example("life-expectancy", "In 2012 the average life expectancy in North Korea was 69. In 2006 the average life "
            "expectancy was 71 years, 68 for men and 73 for women, and the death rate for children under five stood "
            "at 44.", D2015,
            {"69": Want(69, "years", "2012"), "68": Want(68, "years", "2006"), "73": Want(73, "years", "2006"),
             "44": Want(44, "per-1000", "2006")}),
    # plural life expectancies and "expect to live" are spans of life; "2.2 million or 61.7 percent" gives the
    # millions no per cent (sentenceclaims; quantities)
    Example("life-expectancy", "In 2020 boys and girls had life expectancies of 67 and 75 years, and North Koreans "
            "could expect to live about 71 years; 2.2 million or 61.7 percent of children were underweight.", D2016,
            {"67": Want(67, "years", "2020"), "75 years": Want(75, "years", "2020"),
             "about 71 years": Want(71, "years", "2020", approx="about"), "61.7 percent": Want(61.7, "%", "2020")},
            never=("2.2 million",)),
    Example("life-expectancy", "Life expectancy at birth was 70.3 years in 2014.", D2015,
            {"70.3 years": Want(70.3, "years", "2014")}),
    Example("life-expectancy", "Over the decade life expectancy fell by 2.1 years, and the census puts it at "
            "68.4 years.", D2015, {"2.1 years": Want(2.1, "years", "2015"), "68.4 years": Want(68.4, "years", "2015")}),
    # --- a unit written once, after the last figure of a list (quantities) ---------------------------------
    Example("unit-after-list", "In 2014 life expectancy was 66.3 for men and 73.1 years for women.", D2015,
            {"66.3": Want(66.3, "years", "2014"), "73.1 years": Want(73.1, "years", "2014")}),
    Example("unit-after-list", "Rice output rose by 4.2 and maize by 6.5 percent in 2012.", D2013,
            {"4.2": Want(4.2, "%", "2012"), "6.5 percent": Want(6.5, "%", "2012")}),
    # counter-examples: a multiplier after the last figure is not the first's ("120 and 340 million"); a span
    # "between 20 and 25" is not two figures
    Example("unit-after-list", "Exports grew by 120 and imports by 340 million dollars in 2012.", D2013,
            {"340 million dollars": Want(340e6, "USD", "2012")}, never=("120",)),
    Example("unit-after-list", "The aid of 25 million rubles is split between the two (12 and 13 million rubles "
            "respectively).", date(1968, 1, 3),
            {"12": Want(12e6, "RUB-1961", "1968"), "13 million rubles": Want(13e6, "RUB-1961", "1968")}),
    Example("multiplier-compound", "Another 2-million-ruble aid agreement and a 1.5-billion-dollar credit were signed "
            "in 1967.", date(1968, 1, 3),
            {"2-million-ruble": Want(2e6, "RUB-1961", "1967"), "1.5-billion-dollar": Want(1.5e9, "USD", "1967")}),
    Example("rate-per-thousand", "Telephone lines (2020): 4.8 per 100 inhabitants.", D2019,
            {"4.8 per 100 inhabitants": Want(4.8, "%", "2020")}, never=("100 inhabitants",)),
    Example("such-noun", "Ten such enterprises will be built in 1961.", D1998,
            {"Ten such enterprises": Want(10, "count", "1961", kind="target")}),
    # counter-example: "such as" lists examples; no count of them is made
    Example("such-noun", "In 1961 it built 3 plants, such as the Hungnam works.", D1998,
            {"3 plants": Want(3, "count", "1961")}),
    # --- people counted (quantities) ----------------------------------------------------------------------
    Example("density", "In 2020 the country, 120,540 km² in area, held 216 inhabitants/km².", D2019,
            {"120,540 km²": Want(120540, "km2", "2020"), "216 inhabitants/km²": Want(216, "people/km2", "2020")}),
    Example("density", "The province covers 17,000 sq. kilometers with 190 people per square kilometre (2018).",
            D2019, {"17,000 sq. kilometers": Want(17000, "km2", "2018"),
                    "190 people per square kilometre": Want(190, "people/km2", "2018")}),
    # what a humanitarian report counts is of the economy: households affected, deaths, people in need (lexicon:
    # humanitarian-counts); counter-example: a report's chapters, and a scale's value defined (nonclaims)
    Example("humanitarian-counts", "In July 2013 the society distributed 3,100 tarpaulins and 480 water filters to "
            "flood victims. The report has four annexes.", D2015,
            {"3,100 tarpaulins": Want(3100, "count", "2013-07"), "480 water filters": Want(480, "count", "2013-07")},
            never=("four annexes",)),
    Example("humanitarian-counts", "Half-Year Report, 1 January-30 June 2018\n\n• 2,000 families received tents.",
            date(2018, 8, 1), {"2,000 families": Want(2000, "count", "2018-01/2018-06")}),
    Example("humanitarian-counts", "The number of households affected rose from 18,856 to 60,096. A further 81 deaths "
            "have been reported. The number of people in need in 2020 is 10.4 million.", date(2020, 4, 1),
            {"18,856": Want(18856, "count", "2020"), "60,096": Want(60096, "count", "2020"),
             "81 deaths": Want(81, "count", "2020"), "10.4 million": Want(10.4e6, "people", "2020")}),
    Example("humanitarian-counts", "The report has four chapters and two annexes. On a 100-point scale, a value of 100 "
            "signifies that stunting and wasting meet the thresholds.", date(2020, 4, 1),
            never=("four chapters", "two annexes", "100 signifies", "100")),
    # two adjectives of one persons' noun (quantities: people-counted)
    # a bare number is of persons when what only persons suffer is said of it (people: people_by_fate);
    # counter-examples: a number with a noun of its own is read by its noun, and no fate names no persons
    Example("people-by-fate", "The cholera outbreak of 1999 killed as many as 1,800, and mudslides left 96 dead.",
            D2015, {"as many as 1,800": Want(1800, "people", "1999", approx="up-to"),
                    "96": Want(96, "people", "1999")}),
    Example("people-by-fate", "Some 48,000 were affected by the storm in July 2012, and 31 died.", D2015,
            {"Some 48,000": Want(48000, "people", "2012-07", approx="about"), "31": Want(31, "people", "2012-07")}),
    Example("people-by-fate", "The storm killed 3,000 cattle in July 2012, and 1,500 hectares were affected.", D2015,
            {"3,000 cattle": Want(3000, "count", "2012-07"), "1,500 hectares": Want(1500, "ha", "2012-07")}),
    Example("people-counted", "WFP reached 114,000 pregnant and breastfeeding women and 2,300 elderly and disabled "
            "patients in 2019.", D2019,
            {"114,000 pregnant and breastfeeding women": Want(114000, "people", "2019"),
             "2,300 elderly and disabled patients": Want(2300, "people", "2019")}),
    # a fact sheet's "bil" and "mil"; KCNA's "10 millions of cubic meters" (numbers, quantities: multiplier)
    Example("multiplier", "GDP reached $40 bil in 2005 and imports $950 mil. The workers moved over 10 millions of "
            "cubic meters of earth and 2 thousands of tons of cement in 2005.", D2016,
            {"$40 bil": Want(40e9, "USD", "2005"), "$950 mil": Want(950e6, "USD", "2005"),
             "over 10 millions of cubic meters": Want(10e6, "m3", "2005", approx="more-than"),
             "2 thousands of tons": Want(2000, "t", "2005")}),
    # a pay named by its period before the sum (quantities: rate-period); counter-example: a monthly plan
    Example("rate-period", "Monthly salary for an average worker: 2,000-4,000 won. The monthly plan of 300 tons was "
            "met. Workers sold dollars at about 8,000 won each to buy daily necessities.", D2016,
            {"2,000-4,000 won": Want(2000, "KPW", "2016", per="month", value_max=4000),
             "about 8,000 won": Want(8000, "KPW", "2016", approx="about")},
            never_per=("300 tons", "about 8,000 won")),
    # the denominations of a money, and talks named by their parties, are no figures (nonclaims: denominations)
    Example("denominations", "Coins: 1, 5, 10, 50 chon and 1 won. Notes are issued in 50, 100 and 500 won. The "
            "six-party talks agreed on 50,000 tons of fuel oil in 2007.", D2016,
            {"50,000 tons": Want(50000, "t", "2007")}, never=("50 chon", "1 won", "500 won", "six-party talks")),
    # "confirmed on Thursday" is the day the report was made (attach: said-to-on-day); a month of a Juche year
    Example("said-to-on-day", "China confirmed on Thursday that it had shipped 50,000 tons of fuel oil. At the "
            "plenum held in November Juche 59 (1970), output of 10,000 tons was set.", date(2007, 9, 29),
            {"50,000 tons": Want(50000, "t", "2007"), "10,000 tons": Want(10000, "t", "1970-11")},
            never_when=("2007-09-27",)),
    # those who trade, serve and are counted are persons; a land named by its people's number (people: people-counted)
    Example("people-counted", "About a thousand private merchants and 150 peddlers still traded there in 1950, and "
            "35,000 enumerators were trained. The government of the country of 22 million hopes to end poverty.",
            D1998, {"About a thousand private merchants": Want(1000, "people", "1950", approx="about"),
                    "150 peddlers": Want(150, "people", "1950"), "22 million": Want(22e6, "people", "1998")}),
    # the moneys of the clearing accounts, named with their country (units)
    Example("people-counted", "The clearing account for 1973 was set at 800 million Swiss francs and 40 million West "
            "German marks.", D1998, {"800 million Swiss francs": Want(8e8, "CHF", "1973"),
                                     "40 million West German marks": Want(4e7, "DEM", "1973")}),
    Example("people-counted", "The population of the Democratic People's Republic of Korea is estimated at 22.7 "
            "million.", date(2007, 6, 1),
            {"estimated at 22.7 million": Want(22.7e6, "people", "2007", approx="about")}),
    Example("people-counted", "In 2001 the airline carried 78,800 passengers, and in 2019 the programme reached "
            "26,860 beneficiaries and 240 households.", D2019,
            {"78,800 passengers": Want(78800, "people", "2001"), "26,860 beneficiaries": Want(26860, "people", "2019"),
             "240 households": Want(240, "count", "2019")}),
    Example("people-counted", "Labor force: 9.2 million (1987 est.)", D1998,
            {"9.2 million": Want(9.2e6, "people", "1987")}),
    Example("people-counted", "The famine of 1996. Death toll: about 600,000.", D1998,
            {"about 600,000": Want(6e5, "people", "1996", approx="about")}),
    # a population counted by its noun just after the number is persons; counter-example: a census's name
    Example("people-counted", "Around half of the 25 million population lives in cities, says the 2008 population "
            "census. The 1993 population estimates differ. The birth rate was 14.1 births/1,000 population, or 14 "
            "per 1,000 population.", D2015,
            {"25 million population": Want(25e6, "people", "2015")},
            never=("2008 population", "1993 population", "1,000 population")),
    # a gazetteer's "pop." after a number is its population, persons counted (units)
    Example("people-counted", "In 2008 the capital, Pyongyang (pop. 3 million), grew faster than Hamhung.", D2013,
            {"3 million": Want(3e6, "people", "2008")}),
    Example("people-counted", "Cities in 2008: Pyongyang, the capital, 2,581,076 pop.; Hamhung 768,551 pop.",
            D2013, {"2,581,076 pop": Want(2581076, "people", "2008"), "768,551 pop": Want(768551, "people", "2008")}),
    # so many of every hundred are a share, of every thousand a rate; a network's subscribers are persons, no
    # publisher's service, though "data" stand in the sentence (quantities: per-every; nonclaims: site-service);
    # the base after "per" is no figure
    Example("people-counted", "In 2010, 6.6 North Koreans out of 100 used telephones; data show 660,000 mobile "
            "service subscribers in mid-2010. Infant mortality, the number of babies who die per 1,000 babies, was "
            "26.", D2015,
            {"6.6 North Koreans out of 100": Want(6.6, "%", "2010"),
             "660,000 mobile service subscribers": Want(660000, "people", "2010-05/2010-08")},
            never=("1,000 babies",)),
    # a service's users are persons counted, in a sentence with no other word of the economy
    Example("people-counted", "By the end of 2014 the network had 2.4 million subscribers.", D2015,
            {"2.4 million subscribers": Want(2.4e6, "people", "2014-12")}),
    # a fertility rate is children per woman, no body of persons; children counted alone are people
    Example("people-counted", "Total fertility rate: 2.34 children born/woman (1995 est.)", D1998,
            {"2.34 children born/woman": Want(2.34, "count", "1995")}),
    # a fertility rate stated bare, and its change after a comma in its own unit
    Example("people-counted", "In 2013 the fertility rate was 2.0, up 0.05 from a year earlier.", D2016,
            {"2.0": Want(2.0, "count", "2013"), "0.05": Want(0.05, "count", "2013")}),
    Example("people-counted", "In 2014 the fertility rate was 2.0 children per woman.", D2016,
            {"2.0 children per woman": Want(2.0, "count", "2014")}),
    Example("people-counted", "In 1997 some 60,000 children were treated for malnutrition.", D1998,
            {"some 60,000 children": Want(60000, "people", "1997", approx="about")}),
    Example("people-counted", "The mine employed some 3,400 workers in 1955.", D1998,
            {"some 3,400 workers": Want(3400, "people", "1955", approx="about")}),
    Example("people-counted", "The famine of the 1990s killed at least 600,000 North Koreans.", D2015,
            {"at least 600,000 North Koreans": Want(600000, "people", "199X", approx="at-least")}),
    Example("people-counted", "In 2008 the army was estimated at 1.2 million and the death toll of the floods at "
            "more than 500.", D2015, {"estimated at 1.2 million": Want(1.2e6, "people", "2008"),
                                     "more than 500": Want(500, "people", "2008", approx="more-than")}),
    Example("people-counted", "The census found the population up by 3 million over 15 years, taking the total to "
            "just over 24 million.", date(2010, 2, 1), {"over 24 million": Want(24e6, "people", "2010")}),
    # counter-example: a share or a budget of the army is no number of persons
    Example("people-counted", "In 2008 the military's share of the budget was 30 percent, and the army's spending was "
            "estimated at 1.2 billion dollars.", D2015, {"30 percent": Want(30, "%", "2008")}),
    # counter-examples: a member or a household is no person counted; persons counted in words as parts of the
    # account ("two men", "the two studies") are prose
    Example("people-counted", "The cooperative farm had 1,000 members and 240 households in 1958.", D1998,
            {"1,000 members": Want(1000, "count", "1958"), "240 households": Want(240, "count", "1958")}),
    Example("people-counted", "Between the two studies, two men from the ministry counted 3 million tons of coal.",
            D2015, {"3 million tons": Want(3e6, "t", "2015")}, never=("two studies", "two men")),
    # --- citations and titles are no claims and date nothing (nonclaims) ----------------------------------
    Example("citation", "Grain output reached 4.8 million tons in 2013 (Kim, 2019, p. 7).", D2015,
            {"4.8 million tons": Want(4.8e6, "t", "2013")}, never=("7",), never_when=("2019",)),
    Example("citation", "Trade with China came to $6.5 billion (Bank of Korea, 2018).", D2015,
            {"$6.5 billion": Want(6.5e9, "USD", "2015")}, never_when=("2018",)),
    Example("citation", "According to Lee (2018: 45), about 70 percent of household income came from markets. "
            "Haggard and Noland (2007) estimate the deficit at 1.2 million tons.", date(2019, 3, 1),
            {"about 70 percent": Want(70, "%", "2019"), "1.2 million tons": Want(1.2e6, "t", "2019")},
            never=("45",), never_when=("2018", "2007")),
    # a sentence whose citation stands in parentheses inside it still says what it says (nonclaims: is_citation)
    Example("citation", "Grain output fell to 4.5 million tons in 2018 (Lee 2019: 45; see also Kim and Park, 2017, "
            "pp. 112-14).", date(2019, 3, 4), {"4.5 million tons": Want(4.5e6, "t", "2018")},
            never=("45", "112-14"), never_when=("2017",)),
    # … and a reference line is none: "Kim, The Economy (Seoul: Hanul Press, 2005), pp. 12-40."
    Example("citation", "Kim Chang-su, The Economy of the North (Seoul: Hanul Press, 2005), pp. 12-40.", D2015,
            never=("12-40",)),
    # counter-example: a plan's year after its name is the plan's
    Example("citation", "The Seven-Year Plan (1961) set a target of 25 million tons of coal.", D2015,
            {"25 million tons": Want(25e6, "t", "1961")}),
    # a note's number flattened after a sentence's stop, before a capital's word (nonclaims: note-mark); counter-
    # example: a count of a people, and a count before a common noun
    Example("note-mark", "Energy shortages hit transportation. 4 Energy shortages also hit the mines. Trade fell. 5 "
            "North Koreans were held. It fell. 40 factories closed.", D2015,
            {"5 North Koreans": Want(5, "people", "2015"), "40 factories": Want(40, "count", "2015")},
            never=("4 Energy shortages", "4")),
    # a reference mark after a stop ends the sentence with it (sentences); a fact box's "(2013 est.)" makes an estimate
    # in prose too (measures); coordinates are no figures (nonclaims: coordinates); a field label's dash (field-time)
    Example("reference-mark", "Coal output was 20 million tons.[3] Output will rise. Unemployment was 25.6% (2013 "
            "est.).\nGeographic Coordinates: 40 00 N, 127 00 E\nLabor force – by occupation:\nagriculture: 37%\n"
            "industry and services: 63% (2008 est.)\n", date(2020, 1, 1),
            {"20 million tons": Want(20e6, "t", "2020", kind="statistic"),
             "25.6%": Want(25.6, "%", "2013", kind="estimate"), "37%": Want(37, "%", "2008")},
            never=("40", "127")),
    Example("reference-mark", "Pyongyang's electricity output fell 6 percent.[12] Hydropower supplied most.", D2015,
            {"6 percent": Want(6, "%", "2015")}, never=("[12]", "12")),
    # a stamp's letters read by OCR as a figure and a sign run into a word ("0%VIDENTIAI" for CONFIDENTIAL) are no
    # figure (numbers: _is_identifier)
    Example("reference-mark", "0%VIDENTIAI\nIn 1949 industrial output rose 37 % over 1948.", D1998,
            {"37 %": Want(37, "%", "1949")}, never=("0%",)),
    # a reference mark glued to a scale word: "$1.1 billion12" is $1.1 billion and note 12
    Example("reference-mark", "Exports of coal reached $1.1 billion12 in 2015 and 22 million3 tons in 2016.", D2019,
            {"$1.1 billion": Want(1.1e9, "USD", "2015")}, never=("12", "3")),
    # a column of source-note numbers after the figures of a fact page (nonclaims: note-mark-column); counter-
    # example: a year's value at the end of its line is no mark
    Example("note-mark-column", "Country data 2018\n\nUrban population\n61.9% 1\nForest cover\n40.1% 1\n"
            "Life expectancy\n72 years 3\nInternet users\n0.1% 4\n", D2019,
            {"61.9%": Want(61.9, "%", "2018"), "0.1%": Want(0.1, "%", "2018")}, never=("1", "3", "4")),
    Example("note-mark-column", "Coal output, million tons\n1990 33\n1991 31\n1992 29\n1993 27\n", D2019,
            {"33": Want(33e6, "t", "1990"), "27": Want(27e6, "t", "1993")}),
    # a distance that places a site, and a works named by a day it honours, are no figures (nonclaims:
    # distance-of-place, date-named-works); counter-examples: a length built, an output of the works
    Example("distance-of-place", "In 1952 a factory 500 meters west of Wonsan employed 200 persons; the 4.13 Ironworks "
            "made 5.2 tons a day and a road 12 km long was built.", D2016,
            {"200 persons": Want(200, "people", "1952"), "5.2 tons": Want(5.2, "t", "1952", per="day"),
             "12 km": Want(12, "km", "1952")}, never=("500 meters", "4.13")),
    Example("date-named-works", "In 1999 the February 8 Vinalon Complex produced some 2,000 tons of vinalon. On May 1 "
            "workers of the complex made 30 tons.", D2016,
            {"some 2,000 tons": Want(2000, "t", "1999"), "30 tons": Want(30, "t", "2016-05-01")},
            never_when=("2016-02-08", "1999-02-08")),
    # a date in a relative clause closed before the figure is the clause's; counter-example: a clause that names the
    # figures dates them (relative-clause-date)
    Example("relative-clause-date", "The factory, which opened in 1973, now produces 30,000 tons of vinalon a year.",
            D2016, {"30,000 tons": Want(30000, "t", "2016-12-01")}, never_when=("1973",)),
    Example("relative-clause-date", "The report, which contained expenditure figures from 1999, put the defence budget "
            "at $4.26 billion.", D2016, {"$4.26 billion": Want(4.26e9, "USD", "1999")}),
    # counter-example: a heading of its own line names its section's time, no cited work
    Example("title-year", "Economy in 2014\n\nGDP grew 1.0 percent.\n\nOutlook for 2015\n\nGrowth is projected at 1.5 "
            "percent.", D2016, {"1.0 percent": Want(1, "%", "2014"), "1.5 percent": Want(1.5, "%", "2015")}),
    # … and a year before a title's name (nonclaims: title-year); counter-example: a census's year is its count's
    Example("title-year", "According to the 2013 World Almanac there were 577,000 cattle. The 2006 Minerals Yearbook "
            "put coal output at 23 million tons. The 2008 census counted 24 million people.", D2016,
            {"577,000 cattle": Want(577000, "count", "2016"), "23 million tons": Want(23e6, "t", "2016"),
             "24 million people": Want(24e6, "people", "2008")}, never_when=("2013", "2006")),
    Example("title-year", "According to the Statistical Yearbook 2010, the population was 24 million.", D2013,
            {"24 million": Want(24e6, "people", "2013")}, never_when=("2010",)),
    Example("site-service", "Members can view, download and compare data from nearly 200 countries, including "
            "more than 20 million economic indicators.", D2019, never=("nearly 200 countries",
                                                                       "more than 20 million economic indicators")),
    # a page's counters of its reading (nonclaims: page-counter); counter-example: a figure of the economy beside them
    Example("page-counter", "Updated 2019-04-30 | Read 2,345 times | 1,204 views | 3 Comments\n\nExports fell 12 "
            "percent to 1,200 tons in 2018.", D2019, {"12 percent": Want(12, "%", "2018")},
            never=("2,345 times", "1,204 views", "3 Comments")),
    Example("site-service", "You have commented 339 times on this site. You have read 3 of your 5 free articles.",
            D2019, never=("339 times", "3", "5 free articles")),
    # counter-example: data about the economy, with no service of the publisher's, is a claim
    Example("site-service", "Customs data showed exports to 20 countries worth $300 million in 2018.", D2019,
            {"$300 million": Want(300e6, "USD", "2018")}),
    Example("rank-of-total", "The country ranked 120/190 by output with a GDP of $18B and 160/190 by GDP per capita; "
            "it ranks 23 out of 180 for rice.", D2019, {"$18B": Want(18e9, "USD", "2019")},
            never=("120/190", "160/190", "23 out of 180")),
    # counter-example: a figure before "by" with no total is a figure
    Example("rank-of-total", "Coal exports were 1,200 tons by rail and 800 tons by sea in 2018.", D2019,
            {"1,200 tons": Want(1200, "t", "2018"), "800 tons": Want(800, "t", "2018")}),
    # a declassified record's release stamp run into its text, and its redaction codes (nonclaims: stamp)
    Example("stamp", "Approved For Release 2001/08/27 : CIA-RDP85T00875R001700010026-5 CENTRAL INTELLIGENCE AGENCY "
            "Directorate of Intelligence. Trade with Japan reached $60 million in 1966. 25X1 The trade with France was "
            "$5 million.", date(1968, 1, 26),
            {"$60 million": Want(60e6, "USD", "1966"), "$5 million": Want(5e6, "USD", "1966")},
            never=("2001", "25"), never_when=("2001-08-27", "2001/2008")),
    # numbers that name machines of a works: "No. 5", "Nos. 5 and 6" (nonclaims: archival)
    Example("ordinal-rank", "The crew has laid 80 percent of the pipeline and is fitting boilers Nos. 5 and 6.",
            date(2006, 11, 20), {"80 percent": Want(80, "%", "2006")}, never=("5", "6", "5 and 6")),
    Example("ordinal-rank", "China is North Korea's largest partner; Russia ranks 2nd and India 3rd.", D2013,
            never=("2nd", "3rd")),
    # the total a rank is among is no figure: "179th of 180 countries"
    Example("ordinal-rank", "In 2018 North Korea ranked 179th of 180 countries in the index and 2nd out of 12 in "
            "Asia by military spending.", D2019, never=("180 countries", "180", "12")),
    Example("ordinal-rank", "On August 15th, 1948 output of the works reached 12,000 tons.", D1998,
            {"12,000 tons": Want(12000, "t", "1948-08-15")}),
    # a possessive name that opens the measure keeps its capital ("China's exports", not "china's exports")
    Example("measure-price", "China's exports to the North fell to $198 million in 2019.", D2019,
            {"$198 million": Want(198e6, "USD", "2019", measure="China's exports to the North")}),
    # an adverb alone is no measure: "the rice price in Musan has already hit 1,200 won"
    Example("measure-price", "In 2010 the rice price in Musan, North Hamkyung Province has already hit 1,200 won "
            "per kg.", D2013, {"1,200 won per kg": Want(1200, "KPW/kg", "2010")}),
    # a thing priced is a noun phrase: "was being sold for 1,000won" names none, and "the price of rice" is its own
    # measure, not "price of rice price"
    Example("measure-price", "In 2008 the price of rice went over 2,000 won per kilogram, and maize became a reality "
            "and was being sold for 1,000 won per kilogram.", D2013,
            {"over 2,000 won per kilogram": Want(2000, "KPW-1959/kg", "2008", measure="price of rice",
                                                 approx="more-than")}),
    # the wire's verbs of change name their subject's change (measures: measure-of-change)
    Example("measure-of-change", "Exports slipped 14.8 percent in 2015, while imports soared 20 percent.", D2016,
            {"14.8 percent": Want(14.8, "%", "2015", measure="exports fall"),
             "20 percent": Want(20, "%", "2015", measure="imports growth")}),
    # a change said by "cut", "slipped", "plunged" is named a fall; a list's items inside a sentence are no figures
    Example("measure-of-change", "Wages fell for three reasons: 1) prices rose; 2) firms left; and 3) the labour "
            "shortage cut output by 5 percent.", D2016, {"5 percent": Want(5, "%", "2016", measure="output fall")},
            never=("3", "1", "2")),
    Example("measure-of-change", "The country produced 31 million tonnes of coal in 2016, 14 per cent more than a "
            "year earlier.", date(2017, 3, 15), {"14 per cent": Want(14, "%", "2016", measure="coal output growth")}),
    # (… and a fall is named a fall, its size the figure: "trade fell 24 percent" is no growth of 24 %)
    Example("measure-of-change", "The country produced 18 million tonnes of coal in 2017, 42 per cent less than a "
            "year earlier.", date(2018, 3, 15), {"42 per cent": Want(42, "%", "2017", measure="coal output fall")}),
    Example("measure-of-change", "North Korea's trade with China fell 24 percent in January and February.",
            date(2019, 3, 20), {"24 percent": Want(24, "%", "2019-01/2019-02",
                                                   measure="North Korea's trade with China fall")}),
    Example("measure-of-change", "Steel output rose 12 percent in 2015.", date(2016, 3, 20),
            {"12 percent": Want(12, "%", "2015", measure="steel output growth")}),
    Example("measure-of-worth", "Exports to China reached 22.5 million tonnes last year, worth about $1.2 billion.",
            date(2017, 3, 15), {"about $1.2 billion": Want(1.2e9, "USD", "2016", measure="value of exports to China")}),
    Example("measure-of-price", "Anthracite sold in border markets for about $85 a tonne in December.",
            date(2017, 3, 15), {"about $85 a tonne": Want(85, "USD/t", "2016-12", measure="Anthracite price")}),
    Example("month-before-document", "Rice sold for 5,000 won a kilogram in December.", date(2017, 3, 15),
            {"5,000 won a kilogram": Want(5000, "KPW/kg", "2016-12")}),
    Example("month-before-document", "The new coal mine and its power plant will open in December.", date(2017, 3, 15),
            events=("2017-12",)),
    # a plan's or an obligation's future is no past: "is to produce", "are set to", "plans to", "shall" (sentenceclaims:
    # modal-no-past); counter-example: "is to the north" is a place
    Example("month-before-document", "The mine is to produce 2 million tons of coal by December.", date(2016, 3, 30),
            {"2 million tons": Want(2e6, "t", "2016-12", kind="target")}),
    Example("month-before-document", "The mine, which is to the north of the town, shipped 20,000 tons of coal in "
            "December.", date(2016, 3, 30), {"20,000 tons": Want(2e4, "t", "2015-12")}),
    # a document dated only to its month may be of its last day: its own month's days have come (attach:
    # month-before-document, with the document's latest day); a later month is still last year's
    Example("month-before-document", "On January 3, rice was traded at 90 won per kilogram in Sunchon.",
            date(2010, 1, 1), {"90 won per kilogram": Want(90, "KPW/kg", "2010-01-03")}, stated="2010-01"),
    Example("month-before-document", "Maize sold for 2,000 won a kilogram in March.", date(2016, 1, 1),
            {"2,000 won a kilogram": Want(2000, "KPW/kg", "2016-03")}, stated="2016"),
    Example("month-before-document", "Rice sold for 5,000 won a kilogram in February.", date(2017, 1, 1),
            {"5,000 won a kilogram": Want(5000, "KPW/kg", "2016-02")}, stated="2017-01"),
    Example("measure-object", "The Anju complex raised its output to 6.8 million tonnes.", date(2017, 3, 15),
            {"6.8 million tonnes": Want(6.8e6, "t", "2017", measure="output")}),
    Example("measure-object", "Coal exports are capped at 7.5 million tonnes a year.", date(2017, 3, 15),
            {"7.5 million tonnes": Want(7.5e6, "t", "2017", measure="coal exports", kind="target")}),
    Example("measure-apposition", "Exports to China, the only large buyer, reached 22.5 million tonnes last year.",
            date(2017, 3, 15), {"22.5 million tonnes": Want(22.5e6, "t", "2016", measure="exports to China")}),
    # --- tables flattened from web pages (tables) ----------------------------------------------------------
    Example("key-value-list", "Country facts\n  Capital    Pyongyang\n  Residents (000, 2019)   24 512c\n"
            "  Main port    Nampo\n  Arable land (000 ha, 2018)   2 350a\n  Coal output (mn t, 2018)   18,2b\n",
            D2019, {"24 512c": Want(24512000, "people", "2019"), "2 350a": Want(2350000, "ha", "2018"),
                    "18,2b": Want(18.2e6, "t", "2018")}),
    Example("key-value-list", "Profile\n  Region    East Asia\n  Sex ratio (m per 100 f)   96.1a\n"
            "  Currency    won\n  Towns (2015)   27\n", D2019,
            {"96.1a": Want(96.1, "count", "2019")}),
    # a label's year run into its figure, after "in": the year is the figure's time
    # a per cent an infobox ran into its label (numbers: glued-cells); counter-example: a code's digit is no figure
    # an infobox's sub-label run into its value, and its group's population (numbers, people: glued-cells)
    Example("glued-cells", "Area\n • Total20,345 km2 (7,855 sq mi)\nPopulation (2008)\n • Total2,327,362\n"
            " • Density110/km2 (300/sq mi)\n", date(2020, 6, 1),
            {"20,345 km2": Want(20345, "km2", "2020"), "2,327,362": Want(2327362, "people", "2008"),
             "110/km2": Want(110, "people/km2", "2008")}, never=("7,855", "300"), stated="2020-06"),
    Example("glued-cells", "Economy\nUnemployment25.6% (2013 est.)[4]\nThe B52 and the Kusong3 sites grew 4%.", D2016,
            {"25.6%": Want(25.6, "%", "2013")}, never=("52", "3")),
    Example("glued-cells", "Summary\nCountryNorth Korea\nTotal Greenhouse Gas Emissions in 201982.7M\nRank in "
            "201964\nEmissions Per Capita3.2\n", date(2023, 4, 11),
            {"82.7M": Want(82.7e6, "count", "2019")}),
    # … after "since" too; and in a line of prose the same (numbers: glued-year-value); counter-examples: a number of
    # five digits after "in" that is no year and a value, and a year spaced from its value
    Example("glued-cells", "Summary\nCountryNorth Korea\nChange in Emissions since 20187.6%\nShare in 20190.17%\n",
            date(2023, 4, 11), {"7.6%": Want(7.6, "%", "2018"), "0.17%": Want(0.17, "%", "2019")}),
    Example("glued-year-value", "The country's share of world emissions in 20190.17%\n\nHomes were built in 20000 "
            "villages. Output in 2019 reached 79.3m metric tonnes.\n", date(2023, 4, 11),
            {"0.17%": Want(0.17, "%", "2019"), "20000 villages": Want(20000, "count", "2019"),
             "79.3m metric tonnes": Want(79.3e6, "t", "2019")}, never_when=("2000",)),
    Example("glued-cells", "Trade\n  2012 2016 2020\n  Coal exports (million current US$)1 1211 18922.5b\n"
            "  Grain imports (000 t)301417390\n  Life expectancy (women/men, years)70.1 / 66.271.0 / 66.972.2 / 67.5\n",
            D2019, {"1 121": Want(1121e6, "USD", "2012"), "1 189": Want(1189e6, "USD", "2016"),
                    "22.5": Want(22.5e6, "USD", "2020"), "301": Want(301000, "t", "2012"),
                    "417": Want(417000, "t", "2016"), "66.9": Want(66.9, "years", "2016")}),
    Example("glued-cells", "Migration\n  2012 2016 2020\n  Migrant stock (000/% of total pop.)44.0 / 0.248.5 / "
            "0.249.5 / 0.2d\n  Urban growth rate (annual %)0.80.9...\n", D2019,
            {"44.0": Want(44000, "people", "2012"), "48.5": Want(48500, "people", "2016"),
             "0.9": Want(0.9, "%", "2016")}, never=("0.24", "8.5", "9.5")),
    # the header's years ran together too, and the figures group their thousands with commas
    Example("glued-cells", "Trade in figures\nTrade indicators 201720182019\nImports (million USD) 3,7022,3281,960\n"
            "Exports (million USD) 1,72519873\n", D2019,
            {"3,702": Want(3702e6, "USD", "2017"), "2,328": Want(2328e6, "USD", "2018"),
             "198": Want(198e6, "USD", "2018"), "73": Want(73e6, "USD", "2019")}),
    Example("index-base", "Farming\n  2012 2016 2020\n  Crop production index (2004-2006=100)9896104b\n", D2019,
            {"98": Want(98, "%", "2012"), "104": Want(104, "%", "2020")}, never_when=("2004/2006",)),
    # counter-example: a ratio label is no per cent ("per 100 f" is the ratio's base, not an index base)
    Example("index-base", "Profile\n  Region    East Asia\n  Sex ratio (m per 100 f)   96.1a\n", D2019,
            {"96.1a": Want(96.1, "count", "2019")}),
    Example("table-measure", "Table 2. Coal production by province, 2015 (thousand tonnes)\n\nProvince      Output\n"
            "South Phyongan    12,000\nNorth Hamgyong    5,400\n", D2016,
            {"12,000": Want(12e6, "t", "2015", measure="Coal output, South Phyongan")}),
    Example("table-measure", "Coal output (thousand tonnes)\n\nYear    Output    Exports\n2014    30,100    15,200\n",
            D2016, {"15,200": Want(15.2e6, "t", "2014", measure="Coal exports")}),
    # --- a table's grid found from its block's shape (grid, tables) ---------------------------------------------
    # a fact sheet: "label value" lines set with single spaces, headings between their groups; each figure may state
    # its own unit and multiplier, and a label of persons counts people
    Example("grid-fact-sheet", "Country sheet\nPopulation of the country 24,100,000\nLife expectancy of men 66 years\n"
            "Armed forces\nActive troops 1,100,000\nReserve troops 5.5 Million\nExport earnings $650 Million\n"
            "Arable land share 19 %\nLand area 47,400 sq. mi\n", D2016,
            {"24,100,000": Want(24.1e6, "people", "2016"), "66 years": Want(66, "years", "2016"),
             "5.5 Million": Want(5.5e6, "people", "2016"), "$650 Million": Want(650e6, "USD", "2016"),
             "19 %": Want(19, "%", "2016"), "47,400 sq. mi": Want(122765.4, "km2", "2016")}),
    # a fact book's classes of sizes are labels, their figures counts; an entry of its own ("Waterways: 2,253 km; …")
    # keeps its unit before the semicolon (gridcells: grid-colon)
    Example("grid-colon", "Transport\n\nWaterways: 2,253 km; mostly small craft\n\nAirports - with paved runways:\n"
            "total: 35\nover 3,047 m: 3\n2,438 to 3,047 m: 23\nunder 914 m: 4\n", date(2005, 5, 23),
            {"2,253 km": Want(2253, "km", "2005"), "23": Want(23, "count", "2005"), "4": Want(4, "count", "2005")},
            never=("over 3,047 m", "2,438 to 3,047 m", "under 914 m")),
    Example("grid-colon", "Transport\nRailways: 5,214 km\nHighways: 31,200 km\nWaterways: 2,253 km; mostly small "
            "craft\nPipelines: 136 km\n", date(2005, 5, 23), {"2,253": Want(2253, "km", "2005")}),
    # a caption set over two lines, its unit "(in percentage)"; a row's parts under "of which:" are rows too
    Example("grid-fact-sheet", "Output by form of ownership\n(in percentage)\n\n1950 1956\nState industries 80.1 "
            "95.3\nof which:\nLocal 12.4 20.6\nPrivate industries 19.9 4.7\n", date(1957, 1, 1),
            {"80.1": Want(80.1, "%", "1950"), "20.6": Want(20.6, "%", "1956"), "4.7": Want(4.7, "%", "1956")}),
    # counter-examples: a table of contents (page numbers that only grow, or dot leaders) and a reference list
    Example("grid-not-a-table", "Contents\nCoal and power 3\nFarming and food 11\nTrade with China 19\n"
            "Prices and money 27\n", D2016, never=("3", "11", "19", "27")),
    Example("grid-not-a-table", "Contents\nCoal ........ 5\nSteel ........ 17\nTrade ........ 29\n", D2016,
            never=("5", "17", "29")),
    Example("grid-not-a-table", "Sources\n1. Kim Chol, Coal in the north, 2019, p. 7\n2. Lee Mi, Power and steel, "
            "2015, p. 112\n3. Han, Farms, 2008, pp. 4-9\n", D2016, never=("7", "112"), never_when=("2019", "2015")),
    # counter-example: a numbered list of arguments is prose, each figure dated by its own sentence
    Example("grid-not-a-table", "Three reasons stand out:\n1. Coal output fell 12 percent in 2014\n2. Exports to "
            "China fell 8 percent in 2015\n3. The harvest came to 4.8 million tons in 2016\n", D2016,
            {"12 percent": Want(12, "%", "2014"), "8 percent": Want(8, "%", "2015"),
             "4.8 million tons": Want(4.8e6, "t", "2016")}),
    # counter-example: wrapped prose whose lines end in figures is no table
    Example("grid-not-a-table", "The works had 12 furnaces in 1960 and 15\nfurnaces in 1961, and employed 3,400\n"
            "workers in 1962.\n", D2016, {"3,400\nworkers": Want(3400, "people", "1962")}),
    # counter-example: telephone and book numbers name, they do not measure
    # the size of a list is no figure; a share that defines a group keeps its figure (list-size)
    Example("list-size", "The top 10 buyers of the north's coal took $1.2 billion of it in 2016.", D2019,
            {"$1.2 billion": Want(1.2e9, "USD", "2016")}, never=("10 buyers", "top 10")),
    Example("list-size", "Our table ranks the top five suppliers of the country by value.", D2019,
            never=("five suppliers", "five")),
    Example("list-size", "The top 10 percent of households held 42 percent of savings in 2015.", D2019,
            {"10 percent": Want(10, "%", "2015"), "42 percent": Want(42, "%", "2015")}),
    # the pack a listed item's price is for, in parentheses after its name at a line's head (pack-size)
    Example("pack-size", "Market prices (won)\n\nMaize (1kg)\n\nHaricot beans (2kg)\n\nLamp oil (1l)/Soap (1kg)\n",
            D2016, never=("1kg", "2kg", "1l")),
    # counter-example: a pack or a ration named inside a sentence is a figure
    Example("pack-size", "Each worker was given a ration of 300 kg of maize in 2015.", D2016,
            {"300 kg": Want(300, "kg", "2015")}),
    # units outside the fact format given in its own: short tons in tonnes, barrels in litres, "kilowatthours" as
    # one word in kWh; a plural multiplier after digits multiplies ("2.9 billions") (foreign-units)
    # acres, miles and square miles in metric units; a capital "Mt" is a million tonnes, a small "mt" a tonne
    # the Bank of Korea counts the North's national accounts in South Korean won, and a sum South Korea owns is in its
    # won (sentenceclaims: seoul-won); counter-example: a market price of won in the same story stays North Korean
    Example("seoul-won", "Seoul's central bank put the North's nominal GNI at 36.4 trillion won in 2016.", D2019,
            {"36.4 trillion won": Want(36.4e12, "KRW", "2016")}),
    Example("seoul-won", "SEOUL -- The Bank of Korea said the North's economy grew 1.1 percent in 2013.\n\nThe data "
            "showed that the North's nominal gross national income came to 33.8 trillion won in 2013, about 2.3 "
            "percent of South Korea's GNI of 1,441.1 trillion won.\n\nRice sold at 5,000 won per kilogram in Hyesan "
            "in 2013.",
            date(2014, 7, 18), {"33.8 trillion won": Want(33.8e12, "KRW", "2013"),
                                "1,441.1 trillion won": Want(1441.1e12, "KRW", "2013"),
                                "5,000 won per kilogram": Want(5000, "KPW/kg", "2013")}),
    # a count of won to another money is an exchange rate, a dollar's price in won (quantities: won-to-the-dollar);
    # counter-example: "3 to one" in a sentence that names no won is no sum
    Example("won-to-the-dollar", "In 2008 the official rate of the won had been 140 to the US dollar, but on the black "
            "market it traded at closer to 3,000 to one.", D2013,
            {"140 to the US dollar": Want(140, "KPW-1959", "2008"), "3,000": Want(3000, "KPW-1959", "2008")}),
    Example("won-to-the-dollar", "In June 2022 the won traded at 8,100 per dollar.", D2013,
            {"8,100 per dollar": Want(8100, "KPW", "2022-06")}),
    Example("won-to-the-dollar", "The committee voted 3 to one for the grain plan in 2010.", D2013, never=("3",)),
    # cents are hundredths of a dollar (units: cents); a multiple in one word, "threefold", is times (quantities:
    # word-fold); "per 1kg" is per kilogram (units: per-one-unit)
    # a written decimal keeps every place it writes (quantities: written-decimal); a converted unit's tail is cut
    Example("written-decimal", "In 2010 the won was worth 0.00764892 USD, and the ration was 3.5 ounces.", D2015,
            {"0.00764892 USD": Want(0.00764892, "USD", "2010"), "3.5 ounces": Want(0.0992, "kg", "2010")}),
    Example("cents", "In 2014 a kilogram of maize cost 3 US cents and the won was worth 46 cents.", D2015,
            {"3 US cents": Want(0.03, "USD/kg", "2014"), "46 cents": Want(0.46, "USD", "2014")}),
    # a fraction of digits before "of" is a share (quantities: slash-share); counter-examples: a date, a
    # fraction with no "of", a numerator not below its denominator
    Example("slash-share", "In 2020 its gross national income stood at 35 trillion won, about 1/56 of South Korea's, "
            "and exports were 1/3 of the 1990 level.", date(2021, 7, 30),
            {"about 1/56": Want(1.7857, "%", "2020", approx="about"), "1/3": Want(33.3333, "%", "2020")}),
    Example("slash-share", "The plan of 1/3/2015 set rice output at 2.1 million tons; 7/4 of the quota was a typo.",
            D2016, {"2.1 million tons": Want(2.1e6, "t", "2015")}, never=("1/3", "7/4")),
    Example("word-fold", "Grain imports showed a threefold increase in 2017, and flour imports grew twelvefold.",
            date(2018, 3, 5), {"threefold": Want(3, "times", "2017"), "twelvefold": Want(12, "times", "2017")}),
    # "halved" says the size of a fall, as "doubled" the size of a rise: 50 % (quantities: halved); not a half
    # of something, which is a share ("half of the harvest")
    Example("halved", "Petrol prices have nearly halved since May, while the price of rice halved in 2014.",
            date(2015, 7, 10), {"nearly halved": Want(50, "%", "2015-05-01/2015-07-10", approx="almost"),
                                "halved": Want(50, "%", "2014")}),
    Example("per-one-unit", "In the spring of 2014 rice sold at 4,000 - 5,000 won per 1kg.", D2015,
            {"4,000 - 5,000 won per 1kg": Want(4000, "KPW/kg", "2014-03/2014-05")}, never=("1kg",)),
    # a ship's deadweight is in tonnes (units: deadweight); its gross register tonnage is a volume, not read
    Example("foreign-units", "Merchant marine (2002): 167 ships totaling 1,037,506 DWT.", D2016,
            {"1,037,506 DWT": Want(1037506, "t", "2002")}),
    # the same measure again in an imperial unit, in brackets after it, is the writer's conversion and no figure;
    # a metric bracket after an imperial figure is the figure as written, and stays (quantities: unit-conversion)
    # … and a range "between" its two ends keeps the conversion inside it
    Example("unit-conversion", "The network grew to between 23,000 kilometres (14,000 mi) and 30,000 kilometres in "
            "1990.", D2016, {"23,000 kilometres (14,000 mi) and 30,000 kilometres": Want(23000, "km", "1990",
                                                                                     value_max=30000)},
            never=("14,000 mi",)),
    Example("unit-conversion", "In 2002 highways totaled 31,200 km (19,388 mi); one kilogram (about 2.2 lb.) of rice "
            "cost 110 won, and the farm covered 500 hectares (1,236 acres). Land area: 46,490 sq mi (120,409 sq km).",
            D2016, {"31,200 km": Want(31200, "km", "2002"), "500 hectares": Want(500, "ha", "2002"),
                    "120,409 sq km": Want(120409, "km2", "2002")},
            never=("19,388 mi", "about 2.2 lb", "1,236 acres")),
    # a sea's breadth in nautical miles is a legal claim, no figure of the economy (units); "the northern half of the
    # peninsula" is a place, no share (quantities)
    Example("foreign-units", "Occupying the northern half of the peninsula, the country claimed a territorial sea of "
            "12 nm in 1999 and an economic zone of 200 nautical miles, and exported 2.4 million tons of coal.", D2016,
            {"2.4 million tons": Want(2.4e6, "t", "1999")}, never=("half", "12 nm", "200 nautical miles", "12")),
    # an ounce is 28.35 g, a troy ounce (of gold or silver, "oz" too) 31.1 g; given in kg (units, quantities)
    Example("foreign-units", "In 1997 rations were down to between 3.5 ounces and 7 ounces of grain a day, and the "
            "mine produced 12,000 troy ounces of gold and 5 oz of silver.", D1998,
            {"3.5 ounces and 7 ounces": Want(0.0992, "kg", "1997", per="day", value_max=0.1984),
             "12,000 troy ounces": Want(373.2417, "kg", "1997"), "5 oz": Want(0.1555, "kg", "1997")}),
    Example("foreign-units", "In 2010 rice covered 570,000 acres and the railway ran 5,200 miles.", D2016,
            {"570,000 acres": Want(230670.816, "ha", "2010"), "5,200 miles": Want(8368.5888, "km", "2010")}),
    # … and a population named beside its industries ("its industries and 24 million citizens")
    Example("population-described", "Supplying its industries and 24 million citizens with electricity has been a "
            "problem since the early 1990s.", date(2015, 6, 3), {"24 million citizens": Want(24e6, "people", "2015")}),
    # a population named as the country's own is of the text's time, not of a span its sentence gives an event;
    # counter-example: a year of its own keeps it
    Example("population-described", "Since 1995, North Korea has depended on outside aid to feed its 22 million "
            "people. In 1993, a country of 21 million people held its census.", date(2002, 5, 14),
            {"22 million people": Want(22e6, "people", "2002"), "21 million people": Want(21e6, "people", "1993")}),
    # what the country has and how it is divided is of the economy: its airports, ships, provinces
    Example("foreign-units", "In 2001 there were 87 airports, of which 39 had paved runways, and 122 ships in the "
            "merchant fleet; the country has 10 provinces.", D2016,
            {"87 airports": Want(87, "count", "2001"), "122 ships": Want(122, "count", "2001"),
             "10 provinces": Want(10, "count", "2001")}),
    Example("foreign-units", "On September 6 rain fell at 20 millimetres an hour, with hailstones 3 cm across, and "
            "more than 1,000 dwelling houses and 300 public buildings were destroyed.", date(1998, 9, 9),
            {"20 millimetres": Want(0.02, "m", "1998-09-06"), "3 cm": Want(0.03, "m", "1998-09-06"),
             "more than 1,000 dwelling houses": Want(1000, "count", "1998-09-06", approx="more-than"),
             "300 public buildings": Want(300, "count", "1998-09-06")}),
    Example("foreign-units", "In 2010 the works produced 1.2 Mt of steel and 230,000 mt of fish.", D2016,
            {"1.2 Mt": Want(1.2e6, "t", "2010"), "230,000 mt": Want(230000, "t", "2010")}),
    Example("foreign-units", "In 2010 gas reserves were 2.5 bcm and exports reached US$ 1.2 bln.", D2016,
            {"2.5 bcm": Want(2.5e9, "m3", "2010"), "US$ 1.2 bln": Want(1.2e9, "USD", "2010")}),
    Example("foreign-units", "Mines raised 50 million short tons of coal in 2010.", D2016,
            {"50 million short tons": Want(45359237, "t", "2010")}),
    Example("foreign-units", "Energy sheet\nCoal output (2010E): 50 million short tons\nPower output (2010E): "
            "21.5 billion kilowatthours\nRefining capacity (2010E): 20,000 bbl/d\n", D2016,
            {"50 million short tons": Want(45359237, "t", "2010"), "21.5 billion kilowatthours":
             Want(21.5e9, "kWh", "2010"), "20,000 bbl/d": Want(3179745.9, "l", "2010")}),
    Example("foreign-units", "Exports\nNorth: US$ 1.7 billions\nSouth: US$ 640 millions\n", D2016,
            {"US$ 1.7 billions": Want(1.7e9, "USD", "2016"), "US$ 640 millions": Want(640e6, "USD", "2016")}),
    # counter-example: "millions of" alone is no number
    Example("foreign-units", "Millions of people moved to the towns after 1990.", D2016, never=("Millions",)),
    # counter-example: a ton with no "short" before it is a metric tonne
    Example("foreign-units", "Mines raised 50 million tons of coal in 2010.", D2016,
            {"50 million tons": Want(50e6, "t", "2010")}),
    # the users or subscribers of a service are persons counted (grid-indicator-unit)
    # a label run into its figure, the figure a rate, a density or an area with its unit (gridcells: glued-label,
    # grid-rate-cell)
    # an infobox's label run into a figure with its unit, a reference mark, or its own time in brackets
    Example("glued-label", "General characteristics\nCoastline2,495 km\nLand area120,408 km2[1]\nExport valueUS$300 "
            "million (2017 est.)\nWild total200,000 tons\n", date(2018, 6, 1),
            {"2,495 km": Want(2495, "km", "2018"), "120,408 km2": Want(120408, "km2", "2018"),
             "US$300 million": Want(300e6, "USD", "2017"), "200,000 tons": Want(200000, "t", "2018")},
            never=("1",)),
    # counter-example: a unit's own digit after a spaced figure is no figure run into a label
    Example("glued-label", "Country facts 2017\nLand Area 120,408 km2\nWater Area 130 km2\n", D2019,
            {"120,408 km2": Want(120408, "km2", "2017"), "130 km2": Want(130, "km2", "2017")}, never=("2",)),
    # a row of ranks gives no figures (candidates: rank-row)
    Example("rank-row", "N.Korea S.Korea\nPopulation 24,720,407 48,955,203\nCorruption Index ranking 2012 174 45\n"
            "Median age 33 39\n", date(2013, 4, 8), {"24,720,407": Want(24720407, "people", "2013")},
            never=("174", "45")),
    Example("glued-label", "Key figures 2015\nPopulation24.9M\nInfant mortality14.5 per 1,000\nPop. density"
            "207/km²\nLand area120,410 km²\n", D2016,
            {"24.9M": Want(24.9e6, "people", "2015"), "14.5 per 1,000": Want(14.5, "per-1000", "2015"),
             "207/km²": Want(207, "people/km2", "2015"), "120,410 km²": Want(120410, "km2", "2015")},
            never=("1,000",)),
    # a fact box's rows with no colon: the label heads its line, the value follows (people: people-counted; quantities:
    # density); a road's density is no density of people
    Example("people-counted", "Country facts 2016\nLand Area 120,408 km2\nPopulation 25,115,311 (#51)\nPopulation "
            "Density 208.59/km2\nRoad density 0.21/km2\n", date(2017, 4, 7),
            {"25,115,311": Want(25115311, "people", "2016"), "208.59/km2": Want(208.59, "people/km2", "2016")},
            never=("0.21/km2",)),
    # a unit after a row label's last comma is the row's (tables: grid-label-unit); counter-example: a range of
    # grouped numbers in the label is no unit
    Example("grid-label-unit", "North Korea at a glance\nGDP Growth Rate, % 1.0\nArea, Sq KM 120,540\nInflation "
            "Rate, % 4.5\nHospitals: 1,120\n", D2016,
            {"1.0": Want(1, "%", "2016"), "120,540": Want(120540, "km2", "2016"), "4.5": Want(4.5, "%", "2016"),
             "1,120": Want(1120, "count", "2016")}),
    Example("grid-indicator-unit", "People in need: 18 million\nChildren in need: 4.95 million\nFertility rate: 1.9\n",
            date(2017, 1, 1), {"18 million": Want(18e6, "people", "2017"),
                               "4.95 million": Want(4.95e6, "people", "2017")}, stated="2017"),
    Example("grid-indicator-unit", "Phones\n\nMobile phone users\nNorth: 3.2 millions\nSouth: 21,000\n", D2016,
            {"3.2 millions": Want(3.2e6, "people", "2016"), "21,000": Want(21000, "people", "2016")}),
    # a change "(annual %)" is a per cent, of a population's growth too, in a table and in prose
    Example("grid-indicator-unit", "Population, total 25,155,317 (2015)\nPopulation growth (annual %) 0.5 (2015)\n"
            "GDP growth (annual %) -1.1 (2015)\n", D2016,
            {"25,155,317": Want(25155317, "people", "2015"), "0.5": Want(0.5, "%", "2015"),
             "-1.1": Want(-1.1, "%", "2015")}),
    Example("grid-indicator-unit", "In 2014 population growth (annual %) was 0.5, and the population reached 25 "
            "million.", D2016, {"0.5": Want(0.5, "%", "2014"), "25 million": Want(25e6, "people", "2014")}),
    # counter-example: users given as a share of the population stay a per cent
    Example("grid-indicator-unit", "Internet users (% of population)\n2014 0.1\n2015 0.2\n", D2016,
            {"0.2": Want(0.2, "%", "2015")}),
    # the head of a table's label column may name the unit of all its figures (grid-stub-unit)
    Example("grid-stub-unit", "Market survey, June 2016\n\n| Won | Wonsan | Hamhung |\n|---|---|---|\n"
            "| Dollar rate | 8,020 | 8,050 |\n| Maize | 1,150 | 1,180 |\n", D2016,
            {"8,020": Want(8020, "KPW", "2016-06"), "1,180": Want(1180, "KPW", "2016-06")}),
    # counter-example: a label column headed by what its labels are names no unit
    Example("grid-stub-unit", "Output in 2015\n\n| Province | Coal | Steel |\n|---|---|---|\n"
            "| Kangwon | 120 | 45 |\n", D2016, {"120": Want(120, "count", "2015")}),
    # in a run of "label: figure" entries, a figure's own year in parentheses dates that figure alone (entry-own-year)
    Example("entry-own-year", "Farming: sown land: 21% orchards: 3% Drained land: 9,000 km2 (1987) Herds: cattle "
            "and goats\n", D1998, {"21%": Want(21, "%", "1998"), "3%": Want(3, "%", "1998"),
                                  "9,000 km2": Want(9000, "km2", "1987")}),
    # counter-example: a year closing a list of figures with no labels between them dates them all
    Example("entry-own-year", "Mines raised 12 million tons of coal and 3 million tons of ore (1996).", D1998,
            {"12 million tons": Want(12e6, "t", "1996"), "3 million tons": Want(3e6, "t", "1996")}),
    # what a dwelling on sale is made of is no figure; its price is (dwelling-parts)
    Example("dwelling-parts", "Housing in the town, 2015: a cottage (2 rooms, 1 kitchen) fetched $800; a four-storied "
            "flat, $2,000.", D2016, {"$800": Want(800, "USD", "2015"), "$2,000": Want(2000, "USD", "2015")},
            never=("2 rooms", "1 kitchen", "four")),
    # counter-example: rooms counted by the thousand are a figure
    Example("dwelling-parts", "The city built 4,000 rooms of new housing in 2015.", D2016,
            {"4,000 rooms": Want(4000, "count", "2015")}),
    # a table of contents run into one line: titles each followed by a page that only grows (contents-line)
    Example("contents-line", "PART ONE: Overview of the year 03 Main results 2015 08 Plan of work 11 Strategic goals "
            "14 Farms and food 19 People helped 23\n", D2016, never=("11 Strategic", "14 Farms", "19 People", "2015")),
    # counter-example: rising figures that each carry their unit are figures, not pages
    Example("contents-line", "Maize yields by farm in 2015 were: Anju 12 tonnes, Kaechon 15 tonnes, Tokchon 19 tonnes "
            "and Sunchon 23 tonnes.\n", D2016,
            {"12 tonnes": Want(12, "t", "2015"), "23 tonnes": Want(23, "t", "2015")}),
    Example("grid-not-a-table", "Contact the office\nTel: 02 3456 7890\nFax: 02 3456 7891\n", D2016,
            never=("3456", "7890", "7891")),
    # a sign written before a change, a footnote number raised after a figure
    Example("grid-marks", "Change on the year (%)\n        2014    2015\nCoal    +3.9    -1.2\nSteel   +0.4¹   +2.1\n",
            D2016, {"+3.9": Want(3.9, "%", "2014"), "-1.2": Want(-1.2, "%", "2015"), "+0.4¹": Want(0.4, "%", "2014")}),
    # a series: lines of a year and a figure under a header naming the indicator
    Example("grid-series", "Coal output (million tonnes)\n2012 25.8\n2013 26.4\n2014 27.1\n", D2016,
            {"25.8": Want(25.8e6, "t", "2012", measure="Coal output"), "27.1": Want(27.1e6, "t", "2014")}),
    Example("grid-series", "Monthly exports (million US$)\n2014.01 210.5\n2014.02 198,7\n2014.03 224.0\n", D2016,
            {"210.5": Want(210.5e6, "USD", "2014-01"), "198,7": Want(198.7e6, "USD", "2014-02")}),
    # a row of units under the header
    Example("grid-unit-row", "Output by product\n              Coal      Steel     Cement\n              mn t      "
            "000 t     mn t\n2014          26.4      1,220     6.6\n2015          27.0      1,250     6.9\n", D2016,
            {"26.4": Want(26.4e6, "t", "2014"), "1,250": Want(1.25e6, "t", "2015")}, never=("000 t",)),
    Example("grid-unit-row", "Foreign trade\nYear\tExports\tImports\n\t(US$ million)\t(US$ million)\n2014\t3,165\t"
            "4,446\n2015\t2,697\t3,555\n", D2016,
            {"4,446": Want(4.446e9, "USD", "2014"), "2,697": Want(2.697e9, "USD", "2015")}),
    # an encyclopedia's infobox: a group headed by its label and one time ("2015 estimate") dates its rows only, and a
    # bulleted row whose label is a time is of that time (tables: grid-infobox)
    Example("grid-infobox", "GDP (PPP)\t2015 estimate\n• Total\t$40 billion\n• Per capita\t$1,700\nGDP (nominal)\t"
            "2019 estimate\n• Total\t$18 billion\nArea\n• Total\t120,540 km2\nPopulation\n• 2018 estimate\t"
            "25,549,604\n", date(2020, 1, 1),
            {"$40 billion": Want(40e9, "USD", "2015"), "$18 billion": Want(18e9, "USD", "2019"),
             "120,540 km2": Want(120540, "km2", "2020"), "25,549,604": Want(25549604, "people", "2018")}),
    # a day before a month and year in a row is the date's, no figure: a title's "28 November 2013", a price table's
    # day columns (gridcells: grid-day-of-date); a price's "(won per kg)" is its unit, no ratio (tablecells)
    Example("grid-day-of-date", "Crop Assessment Mission to DPR Korea, 28 November 2013\nNov 2013\n\nCereal output "
            "reached 5.03 million tonnes in 2013.", date(2013, 11, 28),
            {"5.03 million tonnes": Want(5.03e6, "t", "2013")}, never=("28",)),
    Example("grid-day-of-date", "Rice prices (won per kg)\nMarket 28 November 2013 26 December 2013\nPyongyang 5,000 "
            "5,200\nSinuiju 4,800 5,100\n", date(2014, 1, 10),
            {"5,000": Want(5000, "KPW/kg", "2013-11-28"), "5,100": Want(5100, "KPW/kg", "2013-12-26")},
            never=("28", "26")),
    # a column headed by a month named in full and a day is that day of the table's year (gridcells:
    # grid-day-of-month); a line announcing the list "in won:" names its money, over a sentence between (tables:
    # grid-caption-in-money); counter-examples: "Jan-10" is a month and its year; a list announced in no unit
    Example("grid-day-of-month", "Below are the average market prices in Pyongyang in North Korean won:\n\nAs of "
            "October 23, prices had risen by a third over the month.\n\nItem  October 10  October 17\nRice  4,100  "
            "5,700\nCorn  2,900  4,700\n", date(2025, 10, 23),
            {"4,100": Want(4100, "KPW", "2025-10-10"), "4,700": Want(4700, "KPW", "2025-10-17")}),
    Example("grid-day-of-month", "Prices in Hyesan, in won:\n\nItem  March 3  March 24\nPork  14,000  15,500\n",
            date(2023, 4, 1), {"15,500": Want(15500, "KPW", "2023-03-24")}, never=("3", "24")),
    Example("grid-day-of-month", "Exports (US$ million)\n\nMonth  Jan-10  Feb-10\nCoal  140  150\n", D2013,
            {"150": Want(150e6, "USD", "2010-02")}),
    Example("grid-caption-in-money", "Below are the numbers of vessels seized:\n\nOfficials did not comment.\n\n"
            "Port  2019  2020\nDandong  14  17\n", date(2021, 1, 1), {"17": Want(17, "count", "2020")}),
    # a line that is only a unit in brackets, under the title or under the rows, is the caption's (tables:
    # grid-unit-line); a table set one cell a line whose rows are labelled by their years (vertical)
    Example("grid-unit-line", "Production of cement\n(thousand tonnes)\n2012 6,200\n2013 6,600\n2014p 6,900\n", D2016,
            {"6,200": Want(6.2e6, "t", "2012"), "6,900": Want(6.9e6, "t", "2014")}),
    Example("grid-unit-line", "Indicator 2012 2013 2014\nExports 2,880a 3,220 3,160b\nImports 3,930 4,130 4,450\n"
            "(US$ million)\n", D2016, {"3,220": Want(3.22e9, "USD", "2013"), "4,450": Want(4.45e9, "USD", "2014")}),
    # the header above the units' line names the columns, not the units' words
    Example("grid-unit-line", "Table 3. Foreign trade\nYear Exports Imports\n(million US dollars)\n2012 2,880 3,930\n"
            "2013 3,220 4,130\n", D2016,
            {"2,880": Want(2.88e9, "USD", "2012", measure="Foreign trade exports"),
             "4,130": Want(4.13e9, "USD", "2013", measure="Foreign trade imports")}),
    # what a year's mark says of its figures (gridcells: grid-year-marks): a statistics office's "p" is preliminary,
    # "e" and "est." an estimate, "f" an outside body's forecast — estimates all; "(plan)" a plan's target
    Example("grid-year-marks", "Cement output (thousand tonnes)\n2013 6,600\n2014p 6,900\n2015e 7,000\n2017f 7,300\n",
            D2016, {"6,600": Want(6.6e6, "t", "2013", kind="statistic"),
                    "6,900": Want(6.9e6, "t", "2014", kind="estimate"),
                    "7,000": Want(7e6, "t", "2015", kind="estimate"),
                    "7,300": Want(7.3e6, "t", "2017", kind="estimate")}),
    Example("grid-year-marks", "Steel output (thousand tonnes)\n        1960   1961 (plan)\nSteel   641    780\n",
            D2016, {"641": Want(641e3, "t", "1960", kind="statistic"), "780": Want(780e3, "t", "1961", kind="target")}),
    Example("grid-one-cell-a-line", "Table 5: Trade (US$ million)\nYear\nExports\nImports\n2012\n2,880\n3,930\n2013\n"
            "3,220\n4,130\n2014\n3,160\n4,450\n", D2016,
            {"2,880": Want(2.88e9, "USD", "2012", measure="Trade exports"), "4,450": Want(4.45e9, "USD", "2014",
                                                                                 measure="Trade imports")}),
    # a year on the line below its value; a figure's own time in parentheses, an estimate
    Example("grid-time-below", "Grain harvest (million tonnes)   4.8     5.0\n                                 2014    "
            "2015\n", D2016, {"4.8": Want(4.8e6, "t", "2014"), "5.0": Want(5e6, "t", "2015")}),
    Example("grid-time-below", "GDP $17 billion\n(2015 est.)\n", D2016,
            {"$17 billion": Want(17e9, "USD", "2015", kind="estimate")}),
    Example("grid-time-below", "GDP $17 billion (2015 est.)\nExports $2.9 billion (2015 est.)\nImports $3.6 billion "
            "(2014 est.)\n", D2016, {"$2.9 billion": Want(2.9e9, "USD", "2015", kind="estimate"),
                                   "$3.6 billion": Want(3.6e9, "USD", "2014", kind="estimate")}),
    # an infobox: "label: value (year est.)", the time a month and a year too
    Example("grid-time-below", "Economy\nGDP (official rate): $16 billion (2016 est.)\nPopulation: 25,200,000 (July "
            "2018 est.)\nInflation rate: 4.1% (2014 est.)\n", date(2019, 5, 1),
            {"$16 billion": Want(16e9, "USD", "2016", kind="estimate"),
             "25,200,000": Want(25.2e6, "people", "2018-07", kind="estimate"), "4.1%": Want(4.1, "%", "2014")}),
    # a cell's figure keeps the words of its unit and its own time; an age band opening a row is its label
    Example("grid-unit-words", "Population\n| Population | 23,900,000 (2009) |\n| Birth rate | 15.2 births/1,000 "
            "population (2012 est.) |\n| Life expectancy | 68.9 years (2012 est.) |\n| Density | 195.3 inhabitants / "
            "sq. km. (2009) |\n| Growth rate | 0.9% (1995–2009) |\n| Under 15 | 22.8% (2009) |\n", D2016,
            {"23,900,000": Want(23.9e6, "people", "2009"), "15.2": Want(15.2, "per-1000", "2012", kind="estimate"),
             "68.9 years": Want(68.9, "years", "2012"), "195.3": Want(195.3, "people", "2009"),
             "0.9%": Want(0.9, "%", "1995/2009"), "22.8%": Want(22.8, "%", "2009")},
            never=("(2009)", "Under 15", "15")),
    # a line of single words over rows of as many cells is their header: a Rank column gives no figure, a Change
    # column the change's size (its sign in the measure); a short last row is cut at its end
    Example("grid-word-header", "Grain output (million tonnes)\nYear Value Rank Change\n2015 4.8 61 -0.2\n2014 5.0 "
            "58 +0.3\n2013 4.7 63\n", D2016,
            {"4.8": Want(4.8e6, "t", "2015"), "-0.2": Want(0.2e6, "t", "2015", measure="Grain output, change (fall)"),
             "+0.3": Want(0.3e6, "t", "2014"), "4.7": Want(4.7e6, "t", "2013")}, never=("61", "58", "63")),
    # a series set value first, its unit on a line under the rows; the line of the unit is no amount (tables:
    # grid-series-page, grid-unit-line; sentenceclaims)
    Example("grid-series-page", "North Korea - Exports of goods and services\nValue\tYear\n2.91\t2016\n1.78\t2017\n"
            "0.24\t2018\nBillions of US dollars\n", date(2020, 1, 15),
            {"2.91": Want(2.91e9, "USD", "2016", measure="North Korea - Exports of goods and services"),
             "0.24": Want(0.24e9, "USD", "2018")}, never=("Billions of US dollars",)),
    # a table's "Unit:" line under its rows names their unit (tables: grid-unit-line)
    Example("grid-unit-line", "| Year | Rice | Maize |\n|------|------|-------|\n| 2017 | 2,190 | 1,570 |\n"
            "| 2018 | 2,100 | 1,490 |\nUnit: thousand tonnes\n", date(2020, 1, 15),
            {"2,190": Want(2.19e6, "t", "2017"), "1,490": Want(1.49e6, "t", "2018")}),
    # a row that is a part of the row above ("of which exports") is counted in its unit, lowercase as it is set
    # (grid: a part's label is no prose; tables: grid-part-row)
    Example("grid-part-row", "Indicator\t2016\t2017\t2018\nTrade (US$ mn)\t6,532\t5,550\t2,843\nof which exports\t"
            "2,821\t1,772\t243\nGrowth (%)\t4.7\t-15.0\t-48.8\n", date(2020, 1, 15),
            {"6,532": Want(6.532e9, "USD", "2016"), "243": Want(243e6, "USD", "2018"),
             "-48.8": Want(-48.8, "%", "2018")}),
    # a series page's table headed only "Year Value" is of the indicator the page is titled with
    Example("grid-series-page", "Korea, Dem. Rep. - Forest area (% of land area)\n\nForest area is land under stands "
            "of trees.\n\nYear Value\n2014 40.7\n2015 40.3\n2016 39.9\n", D2016,
            {"40.7": Want(40.7, "%", "2014"), "39.9": Want(39.9, "%", "2016")}),
    # a markdown rule under a line makes it the header, whatever stands above (the line above it is the caption); a
    # blank cell at a line's end ("| |") holds no value; a density's header is people a square kilometre (grid,
    # gridcells, tablecells); counter-example: a line of one label and blank cells is a group's label, no header
    Example("grid-pipe-header", "Kind: | Province |\nCount: | 9 |\nThe census of 2008 counted them.\nName | ISO | "
            "Population | Area (km2) | Density (/km2) | |\n---|---|---|---|---|---|\nChagang | KP-04 | 1,299,830 | "
            "16,765 | 77.5 | |\nNorth Hamgyong | KP-09 | 2,327,362 | 15,980 | 145.6 | |\n", date(2009, 1, 1),
            {"1,299,830": Want(1299830, "people", "2008"), "16,765": Want(16765, "km2", "2008"),
             "145.6": Want(145.6, "people/km2", "2008")}),
    Example("grid-pipe-header", "Table 1.\nIndicator | North | South |\n---|---|---|\nChildren under 5 | ||\n"
            "Prevalence of stunting | 16.8 | 1.7 |\nPrevalence of wasting | 2.5 | 0.2 |\n", date(2024, 1, 1),
            {"16.8": Want(16.8, "%", "2024"), "0.2": Want(0.2, "%", "2024")}),
    # what an indicator's name says its bare figures are counted in; multipliers glued on as letters
    Example("grid-indicator-unit", "| Year | Population | Life Exp. | CBR | Net Migration |\n|---|---|---|---|---|\n"
            "| 2000 | 22.9M | 65.1 | 17.9 | -4K |\n| 2010 | 24.5M | 69.8 | 14.3 | -2K |\n", D2016,
            {"22.9M": Want(22.9e6, "people", "2000"), "65.1": Want(65.1, "years", "2000"),
             "17.9": Want(17.9, "per-1000", "2000"), "-4K": Want(4000, "people", "2000")}),
    # a fact strip whose labels ran into their figures; a lone whole number on its line is no figure
    Example("grid-glued-pair", "At a glance\nPopulation24.9M\nFertility (TFR)1.85\nUrbanization61%\n", D2016,
            {"24.9M": Want(24.9e6, "people", "2016"), "1.85": Want(1.85, "count", "2016"),
             "61%": Want(61, "%", "2016")}),
    Example("grid-not-a-table", "Projections\n2030\n26.0M\nUN\n2100\n19.1M\nUN\n", D2016,
            {"26.0M": Want(26e6, "count", "2030")}, never=("2100",)),
    # a fact sheet set one cell a line: a label, then its figure alone on the next line
    Example("grid-vertical", "Country data\nPopulation, 2005 ('000) |\n23,800 |\nArea (km2) |\n120,500 |\n"
            "Number of provinces |\n9 |\nLast year of reference |\n2008 |\nLargest city, by population (2005) |\n"
            "2,600,000 |\n", date(2009, 1, 1),
            {"23,800": Want(23.8e6, "people", "2005"), "120,500": Want(120500, "km2", "2009"),
             "9": Want(9, "count", "2009"), "2,600,000": Want(2.6e6, "people", "2005")}, never=("2008",)),
    # counter-example: a lone small number under a label that names nothing counted is no figure
    Example("grid-vertical", "Sources of the extents\nNight lights |\n40 |\nOther maps |\n8 |\nSurveys |\n17 |\n",
            date(2009, 1, 1), never=("40", "8", "17")),
    # a table set one cell a line (a page's table copied as text): a header of N lines, then rows of N lines each,
    # label first; the caption's unit, the header's times, a column of times dating its row (vertical: grid-one-cell-
    # a-line; tables: grid-time-column); counter-example: short lines of words and lone numbers that repeat no shape
    Example("grid-one-cell-a-line", "Deliveries of equipment (millions of rubles)\n\nplant\n\nperiod\n\nowed\n\n"
            "1958 plan\n\nsteel works\n\n1955-1957\n\n18.4\n\n6.0\n\ncement plant\n\n1954-1956\n\n43.5\n\n10.1\n\n"
            "glass works\n\n1956-1958\n\n12.0\n\n4.5\n", date(1958, 4, 17),
            {"18.4": Want(18.4e6, "RUB-1947", "1955/1957"), "6.0": Want(6e6, "RUB-1947", "1958", kind="target"),
             "4.5": Want(4.5e6, "RUB-1947", "1958", kind="target")}),
    # two rows of five values and more under as many heads are a table; a line of units in brackets under the
    # title is part of the caption, a weight before the money ("kg/ won") a price per the weight; a range in a cell
    # is one figure (tables: grid-unit-label, gridcells: grid-range-cell)
    Example("grid-one-cell-a-line", "Market prices in the main towns - End of May 2009\n(Units: kg/ North Korean "
            "Won)\n\nKaesong\nHaeju\nSinuiju\nHyesan\nKanggye\nRice\n2,100-2,200\n2,150\n2,000\n2,250\n2,300\n"
            "Maize\n900\n950\n850-900\n1,000\n1,050\n", date(2009, 6, 3),
            {"2,100-2,200": Want(2100, "KPW-1959/kg", "2009-05-21/2009-05-31"),
             "850-900": Want(850, "KPW-1959/kg", "2009-05-21/2009-05-31"),
             "1,050": Want(1050, "KPW-1959/kg", "2009-05-21/2009-05-31")}),
    Example("grid-one-cell-a-line", "Contents\n\nForeword\n\nThe economy\n\nTrade\n\nAgriculture\n\n3\n\nNotes\n\n"
            "14\n\nIndex\n\n27\n", date(2010, 1, 1), never=("3", "14", "27")),
    # a prevalence is a per cent
    Example("grid-indicator-unit", "Indicator | North | South |\n---|---|---|\nPrevalence of stunting | 19.1 (2017) | "
            "2.2 (2017) |\nPrevalence of wasting | 2.9 (2017) | 0.3 (2017) |\n", D2019,
            {"19.1": Want(19.1, "%", "2017"), "0.3": Want(0.3, "%", "2017")}),
    # a fact sheet of "label: value" lines: the label's time in parentheses ("(2004E)", "(6/99)") dates the figure
    # that begins the value; lines of words among them, however long, keep the sheet together
    Example("grid-colon", "COUNTRY DATA\nCapital: Pyongyang\nPopulation (2004E): 22.7 million\nLocation: Eastern Asia, "
            "between China and the South, with a long coast on two seas and many islands\nLanguage: Korean\n"
            "Exports (2003E): $0.9 billion\nMilitary (6/99): 1.1 million\n", date(2005, 3, 1),
            {"22.7 million": Want(22.7e6, "people", "2004", kind="estimate"),
             "$0.9 billion": Want(0.9e9, "USD", "2003"), "1.1 million": Want(1.1e6, "people", "1999-06")}),
    # a fact sheet that sets each "label: value" line in a paragraph of its own; a remark's one year dates its figure
    Example("grid-colon", "Country profile\n\nPopulation: 24.1 Million (2012, census)\n\nCapital: Pyongyang\n\n"
            "GDP: 17.4 Billion (nominal, 2013, estimate)\n\nSectors:\n\nIndustry – 41.2%\n\nFarming – 23.4%\n",
            date(2015, 6, 1), {"24.1 Million": Want(24.1e6, "people", "2012"), "41.2%": Want(41.2, "%", "2015"),
                               "23.4%": Want(23.4, "%", "2015")}),
    # a bulleted group of "label: value" lines under a source line that names their year; a unit in the label's
    # parenthesis; thousands grouped by spaces; a figure in parentheses after the thing it is of
    Example("grid-colon", "Population\n\n- Total population: 25 100 400\n- Female population: 12 800 200\n"
            "- Life expectancy (years): 71.9\n- Top site by incidence (rate per 100 000 persons per year): "
            "Lung (48.2)\nThe Health Office (2020)\n", D2016,
            {"25 100 400": Want(25_100_400, "people", "2020"), "71.9": Want(71.9, "years", "2020"),
             "48.2": Want(48.2, "per-100000", "2020")}, never=("100 000 persons",)),
    # a link line between the group and its source line names a work's year, not the group's
    Example("grid-colon", "Cancer burden\n\n- Overall incidence (rate per 100 000 persons per year): 150.2\n"
            "- Overall mortality (rate per 100 000 persons per year): 101.7\n- Health Atlas 2018 country sheet\n"
            "Health Atlas (2020)\n", D2016,
            {"150.2": Want(150.2, "per-100000", "2020"), "101.7": Want(101.7, "per-100000", "2020")},
            never=("2018",)),
    # counter-examples: a day and a currency's parts after the colon are no figures of the sheet
    Example("grid-colon", "Country data\nIndependence: 9 September 1948\nCurrency: 100 chon = 1 won\n"
            "Population (2004E): 22.7 million\nArea: 120,540 sq km\n", date(2005, 3, 1),
            {"22.7 million": Want(22.7e6, "people", "2004")}, never=("9", "100 chon")),
    # a share in parentheses beside a figure is a per cent of its own
    Example("grid-share", "Exports by partner, million US$ (share of total in parentheses)\nChina      2,480 (82.4)    "
            "2,630 (85.1)\nIndia        91 (3.0)        84 (2.7)\n           2014            2015\n", D2016,
            {"2,480": Want(2480e6, "USD", "2014"), "(82.4)": Want(82.4, "%", "2014"), "(2.7)": Want(2.7, "%", "2015")}),
    # months as columns, the year in the caption; revised and provisional years
    Example("grid-months", "Coal output in 2014 (thousand tonnes)\n        Jan     Feb     Mar\n"
            "Anju    410     395     402\nTanchon 220     231     229\n", D2016,
            {"410": Want(410e3, "t", "2014-01"), "229": Want(229e3, "t", "2014-03")}),
    Example("grid-revised", "Coal output, million tonnes\n        2012R   2013R   2014\nCoal    25.8    26.4    27.1\n"
            "Lignite 3.1     3.3     3.2\n", D2016, {"25.8": Want(25.8e6, "t", "2012", kind="statistic"),
                                                  "3.3": Want(3.3e6, "t", "2013")}),
    # a caption saying the figures stand at the year's end: each year is its December
    Example("grid-year-end", "Officially approved markets (number at year-end)\n2012: 310\n2013: 350\n2014: 380\n",
            D2016, {"310": Want(310, "count", "2012-12"), "380": Want(380, "count", "2014-12")}),
    # the unit stated in the sentence above the table
    Example("grid-unit-above", "Exports to the main buyers in 2015 (in millions of US dollars) were as follows:\n\n"
            "China 2,480 2,630\nIndia 91 84\nRussia 12 10\n", D2016,
            {"2,480": Want(2480e6, "USD", "2015"), "84": Want(84e6, "USD", "2015")}),
    # --- a time the figure is compared with, in a clause of its own: "than it was on" (attach) ---------------
    Example("baseline-than-it-was",
            "On March 17 the dollar traded at 8,000 won, 10 percent more than it was on March 3.", date(2022, 3, 20),
            {"8,000 won": Want(8000, "KPW", "2022-03-17")}, never_when=("2022-03-03",)),
    # … and the thing compared said by its verb of price: "than it cost on", "than they sold for in"
    Example("baseline-than-it-was", "Corn cost 2,900 won as of Oct. 3. That is 7% more than it sold for on Aug. 20.",
            date(2024, 10, 10), {"7%": Want(7, "%", "2024-10-03")}, never_when=("2024-08-20",)),
    Example("baseline-than-it-was", "In June rice cost 5,000 won a kilogram, far lower than it was in 2019.",
            date(2021, 7, 1), {"5,000 won a kilogram": Want(5000, "KPW/kg", "2021-06")}, never_when=("2019",)),
    # counter-example: a date stated for the figure itself, with no comparison before it, dates it
    Example("baseline-than-it-was", "It was on March 3 that the dollar hit 8,000 won in Pyongyang.", date(2022, 3, 20),
            {"8,000 won": Want(8000, "KPW", "2022-03-03")}),
    # --- the first or last month of a year (dategrammar, relativedates, resolution) ------------------------
    # any quarter of a year counted from the document, and the year going on down a list of figures each with its
    # period (dates: listed-year); counter-example: a period in a list whose first has no year of its own
    Example("listed-year", "Output per worker was $937 in the first quarter of this year, up from $758 in the fourth "
            "quarter of last year, $444 in the third quarter and $319 in the second quarter.", date(2006, 10, 1),
            {"$758": Want(758, "USD", "2005-10/2005-12"), "$444": Want(444, "USD", "2005-07/2005-09"),
             "$319": Want(319, "USD", "2005-04/2005-06")}),
    Example("listed-year", "Output was $900 in the third quarter, $800 in the second quarter.", date(2006, 10, 1),
            {"$800": Want(800, "USD", "2006-04/2006-06")}),
    Example("month-of-year", "In the first month of last year a tonne of anthracite sold for 90 dollars.", D2016,
            {"90 dollars": Want(90, "USD/t", "2015-01")}, never_when=("2015",)),  # a price per tonne
    Example("month-of-year", "Coal exports fell to 30,000 tons in the last month of 2014.", D2016,
            {"30,000 tons": Want(30000, "t", "2014-12")}, never_when=("2014",)),
    # counter-example: a month of no year ("of the campaign") is no date; the figure is the document's year
    Example("month-of-year", "Output rose 5 percent in the first month of the campaign.", D2016,
            {"5 percent": Want(5, "%", "2016")}, never_when=("2016-01",)),
    # --- a span of months, and the month a plan is of (dategrammar, resolution) ------------------------------
    # a month named alone in brackets after a figure is the figure's month (dategrammar: bracketed-month)
    # a month as a label before its figures; not a day ("October 1,200" is no 1 October)
    Example("bracketed-month", "Market prices\n\n1) Rice\n-Hyesan: October: 1000won/kg, November 800won/kg (trading "
            "was banned in October)\n-Kanggye: October 1,200 won a kilo\n", date(2005, 12, 31),
            {"1000won/kg": Want(1000, "KPW-1959/kg", "2005-10"), "800won/kg": Want(800, "KPW-1959/kg", "2005-11"),
             "1,200 won a kilo": Want(1200, "KPW-1959/kg", "2005-10")}, never_when=("2005-10-01",)),
    Example("bracketed-month", "Market prices\n\n1) Corn\n-Sinuiju: 400won/kg (December)\n-Hyesan: 350won/kg "
            "(November)\n", date(2005, 12, 31), {"400won/kg": Want(400, "KPW-1959/kg", "2005-12"),
                                                  "350won/kg": Want(350, "KPW-1959/kg", "2005-11")}),
    # two months of two years joined by a dash, or after "between", are one span
    # "the January-to-August period", and "for" a month or two, as "in" them (dategrammar: month-range)
    Example("month-range", "Trade in the January-to-August period tumbled 57.8 percent to $1.51 billion. For March "
            "and April, the country bought 1.44 million tons and 1.23 million tons, respectively.", date(2018, 9, 23),
            {"57.8 percent": Want(57.8, "%", "2018-01/2018-08"), "1.44 million tons": Want(1.44e6, "t", "2018-03"),
             "1.23 million tons": Want(1.23e6, "t", "2018-04")}),
    Example("month-range", "In Numbers\n\nUS$ 16 million October 2019 – March 2020 Net Funding Requirements\n\nThe "
            "plan needs 5,000 mt of food between October 2019 and March 2020.", date(2019, 11, 4),
            {"US$ 16 million": Want(16e6, "USD", "2019-10/2020-03"), "5,000 mt": Want(5000, "t", "2019-10/2020-03")}),
    Example("month-range", "North Korea imported 103,000 tons of grain in January–August 2014.", date(2014, 10, 16),
            {"103,000 tons": Want(103000, "t", "2014-01/2014-08")}, never_when=("2014-01",)),
    Example("month-range", "Steel output in January-February was 124 percent of the same period of last year.",
            date(2016, 3, 3), {"124 percent": Want(124, "%", "2016-01/2016-02")}),
    Example("month-range", "Diesel imports were nearly 40,000 tons between January and November last year.",
            date(2015, 1, 20), {"nearly 40,000 tons": Want(40000, "t", "2014-01/2014-11", approx="almost")}),
    Example("month-range", "Kerosene imports rose from 500 tons to 13,600 tons in January-November last year.",
            date(2015, 1, 20), {"13,600 tons": Want(13600, "t", "2014-01/2014-11")}),
    # counter-example: a span that crosses a year the text does not name is no date
    Example("month-range", "The November-February season gave 40,000 tons of fish.", date(2016, 3, 3),
            {"40,000 tons": Want(40000, "t", "2016")}),
    Example("month-plan", "The works overfulfilled its February plan for pig iron by 17 percent.", date(2016, 3, 3),
            {"17 percent": Want(17, "%", "2016-02")}),
    # counter-example: a name, or "may" the verb, before "plans" is no month
    Example("month-plan", "May plans to raise coal output by 10 percent.", date(2016, 3, 3),
            {"10 percent": Want(10, "%", "2016", kind="target")}, never_when=("2016-05",)),
    # the month of a past price under a heading of the document's year is still the last such month before it
    Example("month-before-document", "Market report 2015\n\n- Sinuiju: rice 5,000 won (a kilogram) (December)\n",
            date(2015, 3, 3), {"5,000 won (a kilogram)": Want(5000, "KPW/kg", "2014-12")}),
    # --- events: a dated sentence of the economy with no figure (candidates) ------------------------------
    Example("event-sentence", "Power cuts hit Pyongyang's factories during the winter of 2016.", D2016,
            events=("2016-12/2017-02",)),
    Example("winter-of-year", "Power cuts affected factories across the north during the winter of 2016.",
            date(2016, 3, 15), events=("2015-12/2016-02",)),
    # --- prices keep their denominator (quantities) ------------------------------------------------------
    # a sum a later sentence names as a price takes the denominator of the last price of the same money, when of a
    # like size (sentenceclaims: price-carried); counter-examples: a wage, a currency's own price, a sum far larger
    Example("price-carried", "In 2010 rice was traded at 90 won per kilogram in Sunchon. That is twice the rice price "
            "of 40 won a week earlier.", date(2010, 1, 5),
            {"90 won per kilogram": Want(90, "KPW/kg", "2010"), "40 won": Want(40, "KPW/kg", "2010")}),
    Example("price-carried", "In 2018 rice sold for 4,500 won per kilogram. The dollar traded at about 8,100 won, and "
            "a worker's monthly wage was 3,000 won; a bicycle cost 150,000 won.", D2019,
            {"about 8,100 won": Want(8100, "KPW", "2018"), "3,000 won": Want(3000, "KPW", "2018"),
             "150,000 won": Want(150000, "KPW", "2018")}),
    # the thing priced as the subject: "rice was 5,000 KPW"
    Example("price-carried", "In July rice reached 6,000 KPW per kilo. A few days earlier rice was 5,000 KPW.",
            date(2014, 7, 25), {"5,000 KPW": Want(5000, "KPW/kg", "2014-07")}),
    # a market report quotes its price per kilogram once; its earlier sums named as prices are per kilogram too
    Example("price-carried", "The rice price had reached 1,050 won in Hoeryong. Even corn is now 500 won (per "
            "kilogram).", date(2010, 7, 20), {"1,050 won": Want(1050, "KPW/kg", "2010")}),
    # said of the thing priced as its price moves ("reached", "has dropped to", "now goes for", "it was")
    Example("price-carried", "In 2011 rice sold for 2,000 won per kilo in Pyongyang. Late last year it was 900 won. "
            "In January rice even reached 3,000 won. Pork now goes for 6,500 won.", date(2011, 2, 13),
            {"900 won": Want(900, "KPW/kg", "2010-09/2010-12"), "3,000 won": Want(3000, "KPW/kg", "2011-01"),
             "6,500 won": Want(6500, "KPW/kg", "2011-02-13")}),
    # a price's denominator after the sum's conversion in brackets is the sum's and the conversion's (quantities:
    # price-conversion); counter-example: a bracketed sum with no denominator after it is no price
    # … whatever money the bracket is in: euros, or another country's dollar, which is no sum itself (other-dollar)
    Example("price-conversion", "Diesel sold for US$2.10 (S$2.85) per kg and petrol at US$2.40 (2.05 euros) per kg "
            "in 2017.", D2019, {"US$2.10": Want(2.10, "USD/kg", "2017"), "US$2.40": Want(2.40, "USD/kg", "2017"),
                                "2.05 euros": Want(2.05, "EUR/kg", "2017")}, never=("S$2.85",)),
    Example("price-conversion", "Rice reached 2,400 won (US$17.18) per kilogram in Pyongyang in 2011.", D2015,
            {"2,400 won": Want(2400, "KPW/kg", "2011"), "US$17.18": Want(17.18, "USD/kg", "2011")}),
    # the conversion's code after its sum, and the weight after "per 1" or "for 1": the price's, no figure; a price
    # "until June 12" is in the money of June 12 (candidate: money_era)
    Example("price-conversion", "In mid-October 2015 cabbage was trading at 1,950 KPW (0.23 USD) per 1 kg.", D2016,
            {"1,950 KPW": Want(1950, "KPW/kg", "2015-10-11/2015-10-20"),
             "0.23 USD": Want(0.23, "USD/kg", "2015-10-11/2015-10-20")}, never=("1 kg",)),
    Example("price-conversion", "The market price in Musan until June 12 was 900won for 1kilo of rice.",
            date(2008, 6, 20), {"900won for 1kilo": Want(900, "KPW-1959/kg", "../2008-06-12")}),
    Example("price-conversion", "The state paid 3,000 won (about $1) to each worker in 2014.", D2015,
            {"3,000 won": Want(3000, "KPW", "2014"), "about $1": Want(1, "USD", "2014")}),
    Example("price-per-item", "In 2005 socks sold for 500 won a pair and shirts for 10,000 won/piece.",
            date(2005, 12, 31), {"500 won a pair": Want(500, "KPW-1959/count", "2005"),
                                 "10,000 won/piece": Want(10000, "KPW-1959/count", "2005")}),
    Example("price-per-item", "In 2005 shoes sold for 3,000~4,000won a pair.", date(2005, 12, 31),
            {"3,000~4,000won a pair": Want(3000, "KPW-1959/count", "2005")}),
    Example("price-per-item", "In 2016 rice sold for 5,000 KPW (a kilogram) in Hyesan.", date(2016, 7, 1),
            {"5,000 KPW (a kilogram)": Want(5000, "KPW/kg", "2016")}),
    # counter-example: "a set of" names what is bought, it is no denominator
    Example("price-per-item", "In 2005 a set of dishes cost 3,000 won.", date(2005, 12, 31),
            {"3,000 won": Want(3000, "KPW-1959", "2005")}),
    # a thing priced whole in a list after a price per kilogram is priced whole; counter-example: the kilogram's price
    # at a market ("a kilogram of rice at a Pyongyang market traded for")
    # the kilogram bag a price is of is no figure, and the price is per kilogram
    Example("price-per-unit", "In 2018 the price of a 1-kg bag of rice rose to 5,500 won.", D2019,
            {"5,500 won": Want(5500, "KPW/kg", "2018")}, never=("1-kg",)),
    Example("price-per-unit", "In 2010 a kilogram of pork sold for 6,000 won, an egg for 300 won; a kilogram of rice "
            "at a Pyongyang market traded for 1,500 won.", D2015,
            {"6,000 won": Want(6000, "KPW/kg", "2010"), "300 won": Want(300, "KPW", "2010"),
             "1,500 won": Want(1500, "KPW/kg", "2010")}),
    # the measure a later sum is priced by, named between the two ("…, and a litre of petrol for 9,500 won"), is its
    # own, not the last price's; and "one kilogram of corn now costs" names the kilogram priced, no figure
    Example("price-per-unit", "In 2016 a kilogram of pork sold for 12,000 won, and a litre of petrol for 9,500 won.",
            D2016, {"12,000 won": Want(12000, "KPW/kg", "2016"), "9,500 won": Want(9500, "KPW/l", "2016")}),
    Example("price-per-unit", "In 2016 one kilogram of corn now costs 1,800 won in Hyesan.", D2016,
            {"1,800 won": Want(1800, "KPW/kg", "2016")}, never=("one kilogram",)),
    Example("price-per-unit", "In January a kilogram of rice cost 6,700 won in Pyongyang, while in Sinuiju it "
            "reached 7,000 won.", date(2013, 1, 31), {"6,700 won": Want(6700, "KPW/kg", "2013-01"),
                                                      "7,000 won": Want(7000, "KPW/kg", "2013-01")}),
    Example("price-per-unit", "Rice prices fell from KPW 44 to KPW 24 per kg in 2009; on the market rice was KPW2000 "
            "per kilogram and about KPW 1000 for maize.", date(2011, 4, 6),
            {"KPW 44": Want(44, "KPW/kg", "2009"), "about KPW 1000": Want(1000, "KPW/kg", "2009")}),
    # a later sum in the same money and of a like size, in the same sentence, is the same kind of price
    Example("price-per-unit", "In 2016 rice, which had been selling at 5,000 KPW (a kilogram), "
            "had dropped to 4,500 KPW; corn, which fetched 1,200 KPW, slid to 1,000 KPW.", date(2016, 7, 1),
            {"4,500 KPW": Want(4500, "KPW/kg", "2016"), "1,000 KPW": Want(1000, "KPW/kg", "2016")}),
    # counter-example: a sum far larger than the price is no price per kilogram, nor one in another money
    Example("price-per-unit", "In 2016 rice sold at 5,000 KPW a kilogram, and a bicycle cost 300,000 KPW.",
            date(2016, 7, 1), {"300,000 KPW": Want(300000, "KPW", "2016")}),
    Example("price-per-unit", "In 2016 rice sold at 5,000 KPW a kilogram and the yuan at 1,200 KPW.",
            date(2016, 7, 1), {"1,200 KPW": Want(1200, "KPW", "2016")}),
    # a bare number with a denominator after a price takes the price's money; the short names of either won
    Example("price-per-unit", "In January rice cost 850 won per kg in Sinuiju, 870 per kg in Kangdong and 800/kg "
            "in Hyesan.", date(2007, 1, 31), {"870 per kg": Want(870, "KPW-1959/kg", "2007-01"),
                                              "800/kg": Want(800, "KPW-1959/kg", "2007-01")}),
    Example("price-per-unit", "In January 2007 rice averaged around 1000 NK won per kilogram; in Seoul a bag cost "
            "20,000 S. Korean won.", date(2007, 1, 31),
            {"around 1000 NK won per kilogram": Want(1000, "KPW-1959/kg", "2007-01", approx="about"),
             "20,000 S. Korean won": Want(20000, "KRW", "2007-01")}),
    # counter-example: a dollar named after the priced kilogram is an exchange rate, no price per kilogram
    Example("price-per-unit", "A kilogram of rice cost 6,700 won in January, while the dollar traded at 8,000 won.",
            date(2013, 1, 31), {"8,000 won": Want(8000, "KPW", "2013-01")}),
    Example("rate-base", "As of December 1991, US$1 = 97.1 chon; the market rate was USD1=KPW100.", D1998,
            {"97.1 chon": Want(0.971, "KPW-1959", "1991-12")}, never=("US$1", "USD1")),
    # the base after a colon too; the quantity a price is of, and a speed, are no figures either
    # the quantity priced, with its bracketed conversion, and a list of goods priced together (quantities:
    # price-per-unit)
    Example("price-per-unit", "In May 2014, 1 kg (2.2 lb) of potatoes is priced at 400 won, and 1kg of diesel oil and "
            "petrol were sold at 8,000 KPW.", D2016,
            {"400 won": Want(400, "KPW/kg", "2014-05"), "8,000 KPW": Want(8000, "KPW/kg", "2014-05")},
            never=("1 kg", "2.2 lb", "1kg")),
    Example("rate-base", "In 2008 the exchange rate was 1 USD: 3000won. In 2015, 1kg of diesel oil was sold at 8,500 "
            "KPW. A wind of 10 to 20 metres per second damaged roofs in 1998.", D2016,
            {"3000won": Want(3000, "KPW-1959", "2008"), "8,500 KPW": Want(8500, "KPW/kg", "2015")},
            never=("1 USD", "1kg", "10 to 20 metres")),
    # … "is selling for", "is": the kilogram a price is of, named before it (quantities: price-per-unit); a price's
    # money with an editor's words in square brackets, and a conversion written "U.S. $" (both sums per kilogram)
    Example("price-per-unit", "Last week 1 kg of rice was selling for 5,000 KPW. Now 1 kg of diesel is 8,000 KPW.",
            D2016, {"5,000 KPW": Want(5000, "KPW/kg", "2016-11-21/2016-11-27")}, never=("1 kg",)),
    Example("price-per-unit", "It costs 7,000 [North Korean] won per kilogram. Rice costs 5 yuan (U.S. $0.80) per "
            "kilogram, and corn almost U.S. $1.", date(2013, 3, 26),
            {"7,000 [North Korean] won per kilogram": Want(7000, "KPW/kg", "2013"),
             "5 yuan": Want(5, "CNY/kg", "2013"), "U.S. $0.80": Want(0.8, "USD/kg", "2013"),
             "almost U.S. $1": Want(1, "USD/kg", "2013", approx="almost")}),
    # grams glued to the number, "600g" (units); the weight of a thing a price is per, in brackets, is no figure
    # (quantities: price-per-unit); counter-example: a mobile network's "4G"
    Example("price-per-unit", "In Sinuiju soap sold at 2000won/bag(200g) in 2005. Rations were 600g of rice a day. "
            "A 4G network covers the city.", D2016, {"600g": Want(0.6, "kg", "2005", per="day")},
            never=("200g", "4G")),
    # a market's staple or fuel priced in won or yuan is per kilogram, as market reports quote it unsaid (prices:
    # staple-per-kg), and a price's conversion in brackets is per the same; counter-examples: a sack, imports' worth,
    # a wage, the dollar
    Example("staple-per-kg", "Rice was 5,000 KPW just a few days ago, and corn fetched 2,100 KPW. Diesel went for "
            "10,500 KPW [1.31 USD].", date(2014, 7, 25),
            {"5,000 KPW": Want(5000, "KPW/kg", "2014-07-22"), "2,100 KPW": Want(2100, "KPW/kg", "2014-07-22"),
             "1.31 USD": Want(1.31, "USD/kg", "2014-07-22")}),
    Example("staple-per-kg", "A 50 kg sack of rice costs 250,000 won. Rice imports were worth 500,000 yuan. Wages are "
            "3,000 won, and the dollar traded at 8,000 won.", date(2014, 7, 25),
            {"250,000 won": Want(250000, "KPW", "2014"), "500,000 yuan": Want(500000, "CNY", "2014"),
             "3,000 won": Want(3000, "KPW", "2014"), "8,000 won": Want(8000, "KPW", "2014")}),
    # the price's quantity named once before its sums, "in terms of price per tonne" (quantities: price-per-unit)
    Example("price-per-unit", "In terms of price per tonne, beans cost an average of $661, rice $538 and corn $304 in "
            "2011.", D2016, {"$661": Want(661, "USD/t", "2011"), "$304": Want(304, "USD/t", "2011")}),
    # the dollar's sign after "US " and "U.S." with or without a space (it once raised an error), not after a word
    Example("price-per-unit", "A sack cost US $5 in 2010, and the bus $3 fare rose to U.S.$4 in 2011.", D2016,
            {"US $5": Want(5, "USD", "2010"), "U.S.$4": Want(4, "USD", "2011")}, never=("us $3",)),
    # … and a dollar that "is traded at", a euro that "changes hands for" so many won
    Example("rate-base-words", "In the market, 1 dollar is traded at 30,800 won. One euro changes hands for 9,000 won.",
            date(2024, 11, 27), {"30,800 won": Want(30800, "KPW", "2024")}, never=("1 dollar", "One euro")),
    # … and a dollar that "is exchanging for" so many won
    Example("rate-base-words", "In February 2013 rice cost around 5,600 won per 1kg, and 1 dollar is exchanging for "
            "around 8,000 won.", date(2013, 2, 12), {"around 8,000 won": Want(8000, "KPW", "2013-02", approx="about")},
            never=("1 dollar",)),
    # the base said in words: a round sum in one money set against a sum in another (quantities: rate-base-words);
    # counter-example: a sum paid for a sum of another money's goods is no base, and a base need be round
    Example("rate-base-words", "In March 2014, 1 Chinese yuan bought 1,250 North Korea won, and 1,000 North Korean "
            "won is around 80 US cents.", D2016,
            {"1,250 North Korea won": Want(1250, "KPW", "2014-03"), "around 80 US cents": Want(0.8, "USD", "2014-03",
                                                                                               approx="about")},
            never=("1 Chinese yuan", "1,000 North Korean won")),
    # a field's "note:" on the line under its value is no banknote (sentenceclaims: banknote)
    Example("banknote", "GDP (purchasing power parity) 2005\n\n$40 billion\nnote: North Korea does not publish any "
            "reliable National Income Accounts data\n", date(2006, 1, 1),
            {"$40 billion": Want(40e9, "USD", "2005")}),
    # a banknote or a denomination named by its face value is no sum (sentenceclaims: banknote)
    Example("banknote", "In 2009 the 5,000-won note was replaced and the 2,000-won denomination is new; wages "
            "reached 3,000 won.", D2016, {"3,000 won": Want(3000, "KPW", "2009")}, never=("5,000-won", "2,000-won")),
    # a dollar of another country is no US dollar (quantities: other-dollar)
    Example("other-dollar", "Trade rose to US$6.8 billion (S$8.6 billion) in 2012.", D2016,
            {"US$6.8 billion": Want(6.8e9, "USD", "2012")}, never=("$8.6 billion", "S$8.6 billion")),
    # … after a change, a modal or the sum it buys ("200 won for one dollar"); a round payment after "for" is a sum
    Example("rate-base-words", "In 2010 one yuan grew to be worth 220 won, and one could get 200 won for one dollar; "
            "he paid $100 for 8,000 won of rice.", D2016,
            {"220 won": Want(220, "KPW", "2010"), "$100": Want(100, "USD", "2010")},
            never=("one yuan", "one dollar")),
    # a rate said as a count of every thousand people (quantities: per-every)
    Example("per-every", "In 1997, out of every 1,000 people, 40 served in uniform; in the South, 14 of every 1,000 "
            "people did so.", D2016, {"40": Want(40, "per-1000", "1997"), "14": Want(14, "per-1000", "1997")},
            never=("1,000 people",)),
    Example("rate-base-words", "In 2014 traders paid $250 for 30,000 yuan of goods.", D2016,
            {"$250": Want(250, "USD", "2014"), "30,000 yuan": Want(30000, "CNY", "2014")}),
    Example("rate-base", "Currency and exchange rate: 1 wn = 100 chon. In 1991 US$1 = 97.1 chon.", D1998,
            {"97.1 chon": Want(0.971, "KPW-1959", "1991")}, never=("100 chon",)),
    Example("rate-base", "Currency: 100 chon = 1 won. In 1991 US$1 = 97.1 chon.", D1998,
            {"97.1 chon": Want(0.971, "KPW-1959", "1991")}, never=("100 chon", "1 won")),
    # electricity's price per kilowatt-hour (units: denominator)
    Example("price-per-unit", "In June 2002 electricity cost 0.035 won per kilowatt-hour; in Seoul it was 8 cents/kWh.",
            D2016, {"0.035 won per kilowatt-hour": Want(0.035, "KPW-1959/kWh", "2002-06"),
                    "8 cents/kWh": Want(0.08, "USD/kWh", "2002-06")}),
    Example("price-per-unit", "A kilogram of rice cost 6,700 (North Korean) won in January.", date(2013, 1, 31),
            {"6,700 (North Korean) won": Want(6700, "KPW/kg", "2013-01")}),
    # counter-example: a parenthesis of other words is no qualifier of the unit
    Example("price-per-unit", "Output reached 6,700 (see the table) tons in 2012.", D2013, never=("6,700",)),
    Example("price-per-unit", "Anthracite sold for $85 a tonne in January and for 85 dollars/t in February.",
            date(2016, 3, 15), {"$85 a tonne": Want(85, "USD/t", "2016-01"),
                                "85 dollars/t": Want(85, "USD/t", "2016-02")}),
)
