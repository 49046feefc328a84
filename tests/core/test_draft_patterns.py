"""`briefing draft` on the wire-copy patterns it handles, one small text each.

The sentences are written for these tests, in the manner of the
tuning half of the evaluation corpus; none comes from its unseen half. So
passing them says nothing about the unseen scores, only that each pattern
works.
"""

from __future__ import annotations

import pytest

from tui.core.draft import countries_in, draft_briefing, draft_yaml
from tui.core.format.load import parse_briefing

HEAD = "Headline of the story\n\nA lead paragraph on Monday, 6 May 2024, about events.\n\n"


def speakers(body: str) -> list[str]:
    return [str(q["speaker"].value) for q in draft_briefing(HEAD + body).quotes]


def claims(body: str) -> list[tuple[str, object, object]]:
    """(claimant, killed, injured) of each claim drafted from `body`."""
    out = []
    for c in draft_briefing(HEAD + body).casualty_claims:
        killed, injured = c.get("killed"), c.get("injured")
        out.append((str(c["claimant"].value), killed and killed.value,
                    injured and injured.value))
    return out


def reactions(body: str, title: str = "Headline of the story") -> list[str]:
    d = draft_briefing(title + HEAD.removeprefix("Headline of the story") + body)
    return [str(r["country"].value if "country" in r else r["organisation"].value)
            for r in d.reactions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name set off by commas after a role, then a pronoun
        ("The mayor's spokeswoman, Ana Lima, said the fire was out. "
         "“We are working,” she said.", ["Ana Lima"]),
        # a lower-case description before or after the quote
        ("“It was terrible,” the official said.", ["official"]),
        ("“Everyone ran,” said one survivor.", ["survivor"]),
        ("“We will rebuild,” said fire chief Tom Reyes.", ["Tom Reyes"]),
        ("“Nobody expected this,” said the instructor, Anna Berger.", ["Anna Berger"]),
        # a quote that goes on in the next paragraph keeps its speaker
        ("“The water rose fast,” said Tom Reyes.\n\n“Then the power went out.”",
         ["Tom Reyes", "Tom Reyes"]),
        # a pronoun goes to the last person named, not an organisation or place
        ("Police chief Tom Reyes visited Lima. The Red Cross said it sent tents to Peru. "
         "“We need more,” he said.", ["Tom Reyes"]),
        # "who asked not to be named", and a place inside the description
        ("“We were not warned,” said a traffic officer at the scene, who asked not to be named.",
         ["officer"]),
        ("A diplomat in Geneva said the talks would go on. “This is a crime,” he said.",
         ["diplomat"]),
        # a named person after a description of them, with an age
        ("A resident of Kalamos, Eleni Papadaki, 72, said she left. “It burned,” she said.",
         ["Eleni Papadaki"]),
        # speech verbs beyond "said"
        ("“We saw nothing,” Ana Lima told reporters.", ["Ana Lima"]),
        ("“Stay home,” Ana Lima wrote on X.", ["Ana Lima"]),
        ("“We regret it,” Ana Lima said in a statement.", ["Ana Lima"]),
        ("“It will happen again,” Ana Lima warned.", ["Ana Lima"]),
        ("“That is all,” Ana Lima added.", ["Ana Lima"]),
        ("“They lied,” said Walhi campaigner Dedi Kurnia.", ["Dedi Kurnia"]),
        # one of a group described before; a pronoun as the subject of a partial quote
        ("Three nurses spoke to reporters. “We slept in the corridor,” one of the nurses said.",
         ["nurse"]),
        ("Mines Minister Ana Lima spoke. She said the pits would close “once and for all”.",
         ["Ana Lima"]),
        # a lower-case role before the name and verb; an abbreviated title; an age and a
        # "who" clause between the name and "said"
        ("“The smoke was everywhere,” fire service director Abdul Karim told reporters.",
         ["Abdul Karim"]),
        ("Spokesman Col. Ali Maiga said all was calm. “We hold the town,” he said.",
         ["Ali Maiga"]),
        ("Sunita Rao, 52, who sat at the back, said she was thrown out. “I held on,” she said.",
         ["Sunita Rao"]),
        ("“We are a small business,” a relative of the hostel's owner said.", ["relative"]),
        # a group named, then "the group said" with a partial quote
        ("Jama'at Nusrat al-Islam wal-Muslimin, the al Qaeda-linked group, said it attacked. "
         "The group said it had killed “many” soldiers.", ["Jama'at Nusrat al-Islam wal-Muslimin"]),
        # a name with a particle after a short title; a person described with an adjective
        ("Interior ministry spokesman Brig. Saleh al-Wadei said the men were held. He called "
         "it “a crime”.", ["Saleh al-Wadei"]),
        ("A local official, who asked not to be named, said the toll was higher. “We buried "
         "61 people,” he said.", ["local official"]),
        # a role and the name between commas; a document whose author spoke before
        ("“We are devastated,” its director, Paolo Benedetti, said in a statement.",
         ["Paolo Benedetti"]),
        ("The national disaster centre wrote to the UN. It said 2,000 people were buried. "
         "“The ground is still moving,” the letter said.", ["national disaster centre"]),
        # a place is no person; a speaker named once by surname is whom "he" means
        ("Mount Lewotana erupted. “We found them near the crater,” Malik said. He left. "
         "“It was hot,” he said.", ["Malik", "Malik"]),
        # "It said" a partial quote; a pastor named with his title before
        ("The civil police issued a statement. It said 21 “criminals” had been killed.",
         ["civil police"]),
        ("The service was led by Pastor Emmanuel Mbwambo. When the pastor announced that he "
         "would pour “blessed oil” on the ground, people rushed forward.", ["Emmanuel Mbwambo"]),
        ("The regional president, Jorge Sanchis, defended his government. “We acted on what "
         "we knew,” he told reporters.", ["Jorge Sanchis"]),
        ("“Our morgue is full,” the foundation's head, Saad Ahmed, told reporters.",
         ["Saad Ahmed"]),
        # the sentence's subject when the say-verb has none of its own
        ("Prime Minister Le Van Thanh ordered the army out and told officials that “no one "
         "must go hungry”.", ["Le Van Thanh"]),
    ],
)
def test_speakers(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected


def test_medium_after_a_long_quote() -> None:
    d = draft_briefing(HEAD + "Governor Oleh Marchenko spoke. “We hit back hard and we will hit "
                       "again if we have to,” he said on the Telegram channel.")
    quote = d.quotes[0]
    assert (quote["speaker"].value, quote["medium"].value) == ("Oleh Marchenko", "Telegram")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the verb before the number, the source at the end
        ("The blast killed at least 9 people, police said.", [("police", "9+", None)]),
        ("An avalanche hit the run, killing four skiers and injuring six, regional police said.",
         [("police", 4, 6)]),
        # a bare "The ministry said" and a longer noun phrase as claimant
        ("The ministry said the death toll rose to 44.", [("ministry", 44, None)]),
        ("The country's border service said 12 people were shot dead.",
         [("country's border service", 12, None)]),
        ("The Libyan coast guard said it had recovered the bodies of 12 people.",
         [("Libyan coast guard", 12, None)]),
        # the ways a death or an injury is told
        ("Police said 12 people were confirmed dead.", [("Police", 12, None)]),
        ("Seven miners lost their lives, the company said.", [("company", 7, None)]),
        ("Two of the injured later died, the hospital said.", [("hospital", 2, None)]),
        ("A farm worker, 52, died in a field, the Guardia Civil said.",
         [("Guardia Civil", 1, None)]),
        ("A police officer was among the dead, the ministry said.", [("ministry", 1, None)]),
        ("Five people were treated for injuries, the hospital said.", [("hospital", None, 5)]),
        ("Police spokesman Patrick Onyango said 36 people were taken to Mulago hospital.",
         [("Patrick Onyango", None, 36)]),
        ("Dozens of people were injured, police said.", [("police", None, "unknown")]),
        ("Nine injured people succumbed to their wounds, the hospital director said.",
         [("hospital director", 9, None)]),
        # a range, and a bound that belongs to the number it stands before
        ("Between 40 and 60 people were killed, according to the minister.",
         [("minister", "40-60", None)]),
        ("The agency said 9 people were killed and more than 40 were injured.",
         [("agency", 9, "40+")]),
        # tolls as wire copy states them
        ("The health ministry said the death toll had climbed to 44.",
         [("health ministry", 44, None)]),
        ("The ministry put the number of injured at 284, of which 220 were hospitalized.",
         [("ministry", None, 284)]),
        ("The ministry said more than 79,061 people had been injured.",
         [("ministry", None, "79061+")]),
        ("The death toll might rise, the governor said.", []),
        # a claimant named before: a pronoun, "It added", "the ministry", "the minister"
        ("Police chief Tom Reyes arrived. He said 12 people were killed.",
         [("Tom Reyes", 12, None)]),
        ("The border service said 12 people were killed. It added that three more later died.",
         [("border service", 12, None), ("border service", 3, None)]),
        ("The emergency situations ministry said 11 people died. Mayor Yerlan Aubakirov "
         "spoke. The ministry later said the death toll had risen to 14.",
         [("emergency situations ministry", 11, None),
          ("emergency situations ministry", 14, None)]),
        ("The country's disaster agency AFAD said 44 people died. Later the disaster agency "
         "said the toll had climbed to 51.", [("AFAD", 44, None), ("AFAD", 51, None)]),
        ("Health Minister Ana Lima visited the town. According to the minister, 30 people "
         "were killed.", [("Ana Lima", 30, None)]),
        # no casualties
        ("The US military said it was not aware of any civilian casualties.",
         [("US military", 0, None)]),
        ("The Chinese embassy said none of its nationals were among the victims.",
         [("Chinese embassy", 0, None)]),
        # a witness's count, a euphemism, a group of speakers counted
        ("A farmer, Ali Umar, said he had helped to bury 14 people.", [("Ali Umar", 14, None)]),
        ("The army said 9 soldiers were killed and that it had “neutralised” 30 attackers.",
         [("army", 9, None), ("army", 30, None)]),
        ("The fighting killed at least 20 soldiers, two security sources said.",
         [("security sources", "20+", None)]),
        ("The fire killed 12 people, including three firefighters who died inside, police said.",
         [("police", 12, None)]),
        # an injured count with a relative clause; a range of bodies from a described group
        ("The embassy said two engineers who worked at the plant were among the injured.",
         [("embassy", None, 2)]),
        ("Two doctors at the hospital, who asked not to be named, said the morgue had received "
         "between 80 and 90 bodies.", [("doctors", "80-90", None)]),
        ("A coalition of opposition parties and civil groups said it had counted 135 dead.",
         [("coalition of opposition parties and civil groups", 135, None)]),
        ("The Nusrat Front, a militant group known as NF, said it had killed 40 soldiers.",
         [("NF", 40, None)]),
        ("Colonel Ali Maiga said 21 civilians and three members of the security forces had died.",
         [("Ali Maiga", 21, None), ("Ali Maiga", 3, None)]),
        ("By Saturday the number of dead had reached 31, according to the district "
         "administration office.", [("district administration office", 31, None)]),
        ("Police chief Ram Thapa said 16 people had been pulled from the river alive and flown "
         "to hospitals in Chitwan.", [("Ram Thapa", None, 16)]),
        ("Two Australian women, aged 19 and 20, died in hospital, the foreign minister said.",
         [("foreign minister", 2, None)]),
        ("An American man also died, the State Department said.", [("State Department", 1, None)]),
        ("Denmark said two Danish citizens had died, and Britain said a British woman had died.",
         [("Denmark", 2, None), ("Britain", 1, None)]),
        # a country's share of the dead, its own claim
        ("Indonesia's religious affairs ministry put the number of Indonesian dead at 136, and "
         "Tunisia said 35 of its pilgrims had died.",
         [("Indonesia's religious affairs ministry", 136, None), ("Tunisia", 35, None)]),
        ("Uganda's foreign ministry said two of its citizens, the pilot and the engineer, had "
         "died.", [("Uganda's foreign ministry", 2, None)]),
        # "state media reported"; "the governor of South Kivu province said"; a pronoun after a
        # quote; a sentence that starts with a body; a rate is not a toll
        ("A blast killed at least 30 miners, state media reported.",
         [("state media", "30+", None)]),
        ("The boat sank, killing at least 34 people, the governor of South Kivu province said.",
         [("governor of South Kivu province", "34+", None)]),
        ("A local official spoke. “We have buried 61 people,” he said by telephone.",
         [("local official", 61, None)]),
        ("Saudi Arabia's health ministry gave no total. It said it had treated more than 2,700 "
         "pilgrims.", [("Saudi Arabia's health ministry", None, "2700+")]),
        ("Activists said dozens of miners died every year.", []),
        # not a number of people: "the two attacks had killed 29", houses, sheep
        ("The spokesman said the two attacks had killed 29 people in all.",
         [("spokesman", 29, None)]),
        ("The storm destroyed hundreds of homes and killed at least 40 people, officials said.",
         [("officials", "40+", None)]),
        ("The agency said more than 150 houses had been buried and 4,000 sheep had died.", []),
        ("Two of the victims were German, the German embassy in Rome said.",
         [("German embassy", 2, None)]),
        ("A boy was seriously injured, the hospital said.", [("hospital", None, 1)]),
        # "Feb 2 - Twenty people": a date is no count; "before he was shot dead" is no noun
        ("DAR ES SALAAM, Feb 2 - Twenty people were killed and 16 injured, police said.",
         [("police", 20, 16)]),
        ("A gunman killed eight people and wounded at least 17 before he was shot dead, "
         "officials said.", [("officials", 8, "17+")]),
        ("The office said it had received reports of 28 deaths.", [("office", 28, None)]),
        ("The prefecture said 16 people had been seriously injured.",
         [("prefecture", None, 16)]),
        ("Four were kept in hospital, the health ministry said.",
         [("health ministry", None, 4)]),
        ("By Friday the coast guard had recovered 82 bodies.", [("coast guard", 82, None)]),
        ("Residents carried 27 bodies to the clinic, according to the Rio de Janeiro human "
         "rights commission of the state assembly.",
         [("Rio de Janeiro human rights commission of the state assembly", 27, None)]),
        ("More than 6,000 civilians have been killed since the coup, according to a local "
         "monitoring group.", [("local monitoring group", "6000+", None)]),
        ("The strike killed at least 33 people, a local rescue group and residents said.",
         [("local rescue group and residents", "33+", None)]),
        # two clauses, two places; a relative clause ends the claimant; "it said" last
        ("Eight people drowned in Galle, and two died when trees fell in Colombo, police said.",
         [("police", 8, None), ("police", 2, None)]),
        ("The heat killed more than 400 people, a charity that runs the city's morgue said.",
         [("charity", "400+", None)]),
        ("Doctors at the district health complex said they had treated more than 70 people.",
         [("Doctors", None, "70+")]),
        ("The toll rose to 20, according to the district administrator, Abul Fazal Mir.",
         [("Abul Fazal Mir", 20, None)]),
        ("MSF runs the clinic. In the zone alone, 57 children had died in one month, it said.",
         [("MSF", 57, None)]),
        ("The civil defence pulled 12 people out alive, and nine of them were taken to Imbaba "
         "General Hospital, the health ministry said.", [("health ministry", None, 9)]),
        # a disease's patients and a driver's father are no toll
        ("MSF said its teams had treated more than 5,600 patients with measles.", []),
        ("“They hide the numbers,” said Aslam Qureshi, a driver whose father died on Monday.", []),
        # number words with a hyphen; "crushed to death"; a total given in parts
        ("Twenty-one people were crushed to death, police said.", [("police", 21, None)]),
        ("Thirty-three people were injured, ten of them with gunshot wounds, she said. "
         "A 12-year-old boy was among them.", [("Unknown", None, 33)]),
        ("Okema said nine people had died on the spot and five others on the way to hospital.",
         [("Okema", 14, None)]),
        ("Police said six workers were killed and 20 others were injured.",
         [("Police", 6, 20)]),
        # "the number of injured treated in Manila hospitals was 63"
        ("The Department of Health said the number of injured treated in Manila hospitals was 63.",
         [("Department of Health", None, 63)]),
        ("Japan and South Korea, whose citizens were in the crowd, said none of their nationals "
         "were hurt.", [("Japan", None, 0), ("South Korea", None, 0)]),
        ("Three people died in the fire, said Abu Sufian Khan, the deputy commissioner.",
         [("Abu Sufian Khan", 3, None)]),
        # a part of the dead is not a claim of its own
        ("The ministry said 11 people died. Among the dead were three children.",
         [("ministry", 11, None)]),
        # "It said" after a sentence about an organisation; a group described, then named
        ("The World Health Organization gave a lower figure. It said 465 people had died.",
         [("World Health Organization", 465, None)]),
        ("The shelling killed at least 43 people, a local volunteer group said. The Tawra "
         "Emergency Room, a network of volunteers in the town, said more bodies were found.",
         [("Tawra Emergency Room", "43+", None)]),
    ],
)
def test_casualty_claims(body: str, expected: list[tuple[str, object, object]]) -> None:
    assert claims(body) == expected


def test_approximate_figure_is_marked_for_checking() -> None:
    text = draft_yaml(HEAD + "The ministry said about 35,173 people had been killed.")
    assert "killed: 35173  # check: the article says 'about 35,173'" in text


def test_revised_toll_is_drafted_as_two_revisions() -> None:
    """The earlier figure first, then the current: the format's revision order."""
    text = draft_yaml(HEAD + "The health ministry revised the death toll from 95 to 84.")
    b = parse_briefing(text, "draft.yaml")
    assert [(c.claimant, c.killed and c.killed.text) for c in b.casualty_claims] == [
        ("health ministry", "95"), ("health ministry", "84")]
    history = b.claim_history(b.casualty_claims[1])
    assert [c.killed and c.killed.text for c in history] == ["95", "84"]
    assert "revised to 84" in (b.casualty_claims[0].note or "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every clause of a sentence
        ("France condemned the attack, and Chile said it was shocked.", ["FR", "CL"]),
        ("Qatar and Egypt, which mediate between the sides, said talks would go on.",
         ["QA", "EG"]),
        # metonyms
        ("The U.S. condemned the attack.", ["US"]),
        ("The State Department said it was concerned.", ["US"]),
        ("The Foreign Office said it was monitoring the situation.", ["GB"]),
        ("The Kremlin said it was concerned.", ["RU"]),
        ("The Élysée called for calm.", ["FR"]),
        # a country's own office is that country's
        ("Two of the dead were from Germany, the German foreign office said.", ["DE"]),
        # organisations, and one named after a country is the organisation
        ("The Peruvian Red Cross sent aid.", ["Red Cross"]),
        ("NATO said it was watching. The African Union called for calm.",
         ["NATO", "African Union"]),
        ("The UN agency for Palestinian refugees, UNRWA, which runs the school, said it had "
         "shared its coordinates.", ["UNRWA"]),
        # a description between the subject and the verb; what they did, not only said
        ("Pakistan and Iran, Afghanistan's neighbours, sent rescue teams.", ["PK", "IR"]),
        ("The World Food Programme began distributing food.", ["World Food Programme"]),
        ("China provided $4 million in emergency aid.", ["CN"]),
        ("New Zealand and the Netherlands updated their travel advice.", ["NZ", "NL"]),
        ("Doctors Without Borders opened two treatment centres.", ["Doctors Without Borders"]),
        ("Senegal and Malaysia also reported deaths.", ["SN", "MY"]),
        ("Mali and Burkina Faso, Niger's partners in the Alliance of Sahel States, condemned "
         "the attack.", ["ML", "BF"]),
        ("Saudi Arabia's ambassador to Yemen said he was saddened.", ["SA"]),
        ("Greece, Bulgaria and Serbia took in patients with burns.", ["GR", "BG", "RS"]),
        ("Croatia, Bosnia and Herzegovina and Montenegro sent condolences.", ["HR", "BA", "ME"]),
        ("India's high commission in Dhaka said it was saddened.", ["IN"]),
        ("The Pakistan Red Crescent Society set up camps.", ["Red Crescent"]),
        ("South Africa temporarily closed its border crossing.", ["ZA"]),
        ("Israel's president and Germany's chancellor sent condolences.", ["IL", "DE"]),
        ("The Democratic Republic of Congo, whose capital lies across the river, sent doctors.",
         ["CD"]),
        ("The Food and Agriculture Organization said it was sending feed.",
         ["Food and Agriculture Organization"]),
        ("Afghanistan's Taliban administration also condemned the bombings.", ["AF"]),
        ("The UN refugee agency, UNHCR, and the International Organization for Migration said "
         "they were shocked.", ["UNHCR", "International Organization for Migration"]),
        ("The Inter-American Commission on Human Rights asked Brazil for information.",
         ["Inter-American Commission on Human Rights"]),
        # "Pan" and "Col" are not Panama and Colombia
        ("The Pan American Health Organization sent experts.",
         ["Pan American Health Organization"]),
        # a person from a country is not that country's reaction
        ("A survivor from Gambia, Lamin Jallow, said the engine failed.", []),
    ],
)
def test_reactions(body: str, expected: list[str]) -> None:
    assert reactions(body) == expected


def test_the_story_s_own_country_is_not_a_reaction() -> None:
    body = "Ugandan police said 27 people died. Kenya sent a message of sympathy."
    assert reactions(body, title="Tanker explodes on Ugandan highway") == ["KE"]
    # a headline naming several countries names no single host
    assert reactions(body, title="Uganda and Kenya mourn") == ["UG", "KE"]
    # a headline naming none leaves it to where the first sentence says it happened
    text = ("Fire near Dhaka kills workers\n\nA fire swept through a factory on the outskirts "
            "of Bangladesh's capital, officials said.\n\nThe Bangladesh Garment Association "
            "said it would pay the families. Japan sent condolences.")
    assert [r["country"].value for r in draft_briefing(text).reactions] == ["JP"]
    # a country that only reacts is no host
    assert reactions("The U.S. condemned the attack.") == ["US"]


@pytest.mark.parametrize(
    ("adjective", "code"),
    [("Kyrgyz", "KG"), ("Mozambican", "MZ"), ("South Sudanese", "SS"), ("Burkinabe", "BF"),
     ("Malawian", "MW"), ("Papua New Guinean", "PG"), ("Gambian", "GM"), ("Laotian", "LA")],
)
def test_demonyms_cover_the_world(adjective: str, code: str) -> None:
    assert [c.code for c in countries_in(f"The {adjective} government said")] == [code]


def test_two_groups_in_one_sentence_are_two_claims_not_a_revision() -> None:
    """Same claimant, two places: each its own group, so neither revises the other."""
    text = draft_yaml(HEAD + "Eight people drowned in Galle, and two died when trees fell in "
                      "Colombo, police said. The army said 17 soldiers were killed and that it "
                      "had “neutralised” 60 attackers.")
    b = parse_briefing(text, "draft.yaml")
    assert [(c.affected, c.killed and c.killed.text) for c in b.casualty_claims] == [
        ("people in Galle", "8"), ("people in Colombo", "2"), ("soldiers", "17"),
        ("attackers", "60")]
    assert all(len(b.claim_history(c)) == 1 for c in b.casualty_claims)
