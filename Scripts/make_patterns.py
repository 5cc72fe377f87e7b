#!/usr/bin/env python3
# Authoring aid for Seeds/cameo/patterns.yaml: each pattern is written here with
# base verbs ("blow/blew/blown up" for irregular forms), expanded to every form,
# and the YAML is rewritten. Run from anywhere: python3 Scripts/make_patterns.py
# The YAML is what kb reads; this script only saves typing verb forms.
import os
import re
def forms(v):
    # "=were held": a literal phrase, not inflected.
    if v.startswith('='): return [v[1:]]
    # v: "base" or "base/past/pastpart" for irregulars; multiword: first word inflected
    if '/' in v:
        seg=v.split('/')
        if ' ' in seg[-1] and ' ' not in seg[0]:
            rest=' '+seg[-1].split(' ',1)[1]; seg[-1]=seg[-1].split(' ',1)[0]; b=seg[0]
        else:
            parts=seg[0].split(' ',1); b=parts[0]; rest=(' '+parts[1]) if len(parts)>1 else ''
        p,pp=seg[1],seg[2]
    else:
        parts=v.split(' ',1); head=parts[0]; rest=(' '+parts[1]) if len(parts)>1 else ''
        b=head
        if b.endswith('e'): p=pp=b+'d'
        elif re.search(r'[^aeiou]y$',b): p=pp=b[:-1]+'ied'
        elif re.search(r'[^aeiou][aeiou][bdgmnprt]$',b) and len(b)<=4: p=pp=b+b[-1]+'ed'
        else: p=pp=b+'ed'
    if re.search(r'(s|sh|ch|x|z)$',b): s=b+'es'
    elif re.search(r'[^aeiou]y$',b): s=b[:-1]+'ies'
    else: s=b+'s'
    if b.endswith('ie'): ing=b[:-2]+'ying'
    elif b.endswith('e') and not b.endswith('ee'): ing=b[:-1]+'ing'
    elif re.search(r'[^aeiou][aeiou][bdgmnprt]$',b) and len(b)<=4 and b not in ('open','visit','offer'): ing=b+b[-1]+'ing'
    else: ing=b+'ing'
    out={x+rest for x in (b,p,pp,s,ing)}
    # A longer verb stressed on its last syllable doubles its consonant too ("expelled",
    # "committed", "patrolled", "admitting"); both spellings are listed, as the rule cannot
    # tell "expel" from "visit" (a form no text has never matches).
    if '/' not in v and len(b)>4 and re.search(r'[^aeiou][aeiou][lprtn]$',b):
        out|={b+b[-1]+'ed'+rest, b+b[-1]+'ing'+rest}
    return sorted(out)

P=[]
def pat(code, verbs=(), objects=(), nouns=(), note=None, untargeted=False, subjects=()):
    P.append((code,[f for v in verbs for f in forms(v)],list(objects),list(nouns),note,untargeted,list(subjects)))

# 01-05 verbal cooperation
# 01 make public statement
# No 010 ("make a public statement") from "announced"/"declared": what is announced is
# coded by its own pattern, and on the gold sets the bare statement was right once in 13.
pat("012", ["express/expressed/expressed concern","voice/voiced/voiced concern","express/expressed/expressed deep concern","express/expressed/expressed grave concern","express/expressed/expressed serious concern","voice/voiced/voiced deep concern"], note="pessimistic comment (concern)")
pat("013", ["welcome","hail"], note="optimistic comment")
pat("013", ["express/expressed/expressed hope","voice/voiced/voiced hope","express/expressed/expressed optimism","voice/voiced/voiced optimism"], note="optimistic comment (hope)")
pat("014", ["consider","review"], objects=["options","option","policy","measures","sanctions","pressure","engagement"], note="consider a policy option")
pat("015", ["confess","plead/pleaded/pleaded guilty","claim/claimed/claimed responsibility","admit/admitted/admitted","acknowledge"], objects=["responsibility","guilt","involvement","role","guilty","responsible","killing","attack","bombing","sinking","shooting","murder","murders","charges"], untargeted=True, note="acknowledge or claim responsibility")
pat("016", ["deny","reject/rejected/rejected responsibility"], objects=["involvement","responsibility","involved","responsible","role","accusation","accusations","allegation","allegations","charge","charges","claim","claims","report","reports"])
pat("015", ["admit/admitted/admitted","acknowledge"], objects=["that"], note="admit that: what is admitted (after 'that') is no event")
pat("016", ["deny/denied/denied that"], note="deny responsibility: what is denied (after 'that') is no event")
pat("017", ["march/marched/marched together","walk/walked/walked together","plant/planted/planted a tree"], nouns=["joint march"], note="symbolic act (a joint march, a tree planted together)")
pat("019", ["accept/accepted/accepted","agree/agreed/agreed to accept","endorse"], objects=["armistice","proposal","proposals","offer","offers","invitation","plan","terms","deal","demand","demands","agreement","conditions"], note="express accord")
pat("018", ["express condolences","offer condolences","express sympathy","offer sympathy","mourn"])
# 02 appeal
pat("020", ["appeal to","call on/called/called","call for/called/called"])
pat("026", ["urge","call on/called/called","press","encourage","ask/asked/asked"], objects=["talks","dialogue","negotiations","negotiate","talk","return"])
pat("020", ["urge"])
pat("022", ["apply/applied/applied for membership","apply/applied/applied to join","seek/sought/sought membership","seek/sought/sought recognition"], note="appeal for diplomatic cooperation")
pat("026", ["request/requested/requested","ask/asked/asked for","propose/proposed/proposed"], objects=["meeting","meetings","talks","dialogue","negotiations"], note="appeal to meet or negotiate")
# 03 express intent to cooperate
pat("0356", ["agree to stop/agreed/agreed","agree to halt/agreed/agreed","agree to end/agreed/agreed","agree to cease/agreed/agreed","agree to switch/agreed/agreed off","agree to suspend/agreed/agreed","pledge to stop/pledged/pledged","pledge to halt/pledged/pledged","pledge to end/pledged/pledged","promise to stop/promised/promised","promise to halt/promised/promised","vow to stop/vowed/vowed"], objects=["hostile","broadcasts","broadcasting","loudspeakers","loudspeaker","launches","drills","exercises","propaganda","provocations","military","balloons","leaflets","hostilities","acts"], note="intent to de-escalate")
pat("030", ["pledge","promise","vow","agree/agreed/agreed to work together","agree/agreed/agreed to cooperate"], objects=["cooperation","cooperate","work","improve","peace","reconciliation","trust","restore","together"])
pat("030", ["agree/agreed/agreed to"], note="agreed to an act no more specific pattern names: intent to cooperate")
pat("0311", ["agree to set up","agree to establish","agree to open","agree to develop","agree to promote"])
pat("0311", ["develop","promote","expand","boost","link/linked/linked up","connect/connected/connected"], objects=["economic","cooperation","exchanges","trade","investment","industries","industry","tourism","railway","railways","roads","rail"], note="intent to cooperate economically (projects, links)")
pat("018", ["offer/offered/offered","express/expressed/expressed","extend/extended/extended","send/sent/sent","convey/conveyed/conveyed"], objects=["condolences","sympathy","sympathies"], note="condolences and sympathy, whatever stands between verb and noun (not 'a condolence delegation')")
pat("033", ["offer/offered/offered","pledge","promise"], objects=["relief","aid","assistance","food","rice","goods","supplies","support","help"], note="offer material aid")
pat("030", ["propose/proposed/proposed","commit/committed/committed to"], note="a proposal or commitment no more specific pattern names: intent to cooperate")
pat("033", ["offer/offered/offered aid","pledge aid","promise aid","offer/offered/offered assistance"])
pat("036", ["propose","offer/offered/offered","suggest"], objects=["talks","summit","meeting","dialogue","negotiations","meet","holding"])
pat("036", ["invite","agree to meet","agree to hold","agree to resume","offer/offered/offered to meet"], note="intent to meet or negotiate")
pat("037", ["propose/proposed/proposed","suggest/suggested/suggested"], objects=["end","peace","treaty","settlement"], note="propose to settle the dispute (an end-of-war declaration)")
pat("037", ["settle","resolve"], objects=["dispute","disputes","conflict","differences","standoff"])
pat("037", ["seek/sought/sought","agree to work toward","agree to seek","work/worked/worked toward","work/worked/worked towards"], objects=["end","peace","treaty","replacing","settlement"], note="intent to settle the dispute (a peace regime)")
# 04 consult
pat("041", ["make/made/made","hold/held/held","have/had/had"], objects=["calls","call","phone","telephone"], note="discuss by telephone (made/held a call with, held a telephone conversation with)")
pat("041", ["phone","telephone","make/made/made calls","make/made/made a call","speak/spoke/spoken by phone","talk/talked/talked by phone","hold/held/held phone talks"], note="discuss by telephone")
pat("041", ["speak/spoke/spoken","talk/talked/talked","confer/conferred/conferred"], objects=["phone","telephone","videoconference","video"], note="discuss by telephone (spoke with Yoon by phone)")
pat("040", ["consult","exchange/exchanged/exchanged letters","convene","hold/held/held a meeting","hold/held/held an emergency meeting","meet/met/met","hold/held/held a summit","hold/held/held summit talks"], objects=[])
pat("042", ["visit","travel/traveled/traveled to","travel/travelled/travelled to","travel/traveled/traveled into","travel/travelled/travelled into","fly/flew/flown to","fly/flew/flown into","arrive/arrived/arrived in","cross/crossed/crossed into","step/stepped/stepped across","step/stepped/stepped into","head/headed/headed to","walk/walked/walked into","set foot in","sets foot in","setting foot in"], nouns=["visit"])
pat("042", ["lead/led/led"], objects=["delegation","delegations"], note="leading a delegation somewhere is a visit")
pat("042", ["=has been to","=have been to","=had been to"], note="having been to a country is a visit there ('Kim has been to China four times')")
pat("042", ["send/sent/sent"], objects=["delegation","delegations","envoy","envoys","officials","delegates","visitors","people","cheerleaders","athletes","team","members","families","relatives","troupe","performers","artists","squad"], note="sending a delegation is a visit by the sender")
pat("043", ["host","welcome/welcomed/welcomed","receive/received/received"], objects=["delegation","delegations","visitors","envoy","envoys","leader","president","athletes","officials","minister","secretary","adviser","advisor","chairman","premier","delegates","counterpart","director"], note="host a visit: a visitor named by a title ('received Kim Ki-nam, a secretary of the Workers' Party')")
pat("043", ["greet","host"], note="host a visit")
pat("043", ["receive/received/received"], note="host a visit: a person received, named right after the verb ('Kim received Chung in Pyongyang'); the coder requires the name")
pat("045", ["mediate","broker/brokered/brokered"], objects=["talks","deal","agreement","summit","dialogue","meeting","truce","ceasefire"], note="mediate")
pat("046", ["sit/sat/sat down for"], objects=["talks","negotiations","dialogue"], note="sit down for talks (an adverbial may come between: 'sat down in Seoul on Wednesday for talks')")
pat("046", ["sit/sat/sat down with","sit/sat/sat down to talk","sit/sat/sat down at the negotiating table","return/returned/returned to the negotiating table"], note="sit down for talks")
pat("046", ["begin/began/begun","open/opened/opened","resume/resumed/resumed","continue/continued/continued","take/took/taken place","=were held","=was held","=are held","=is held","get/got/gotten under way","end/ended/ended","conclude/concluded/concluded"], subjects=["talks","negotiations"], note="talks that took place")
pat("040", ["shake/shook/shaken hands with"], note="a handshake is a meeting (in a third state, 044)")
pat("040", ["=in contact with","=in touch with"], note="being in contact with someone: consultation")
pat("040", ["take/took/taken place","=were held","=was held","begin/began/begun","open/opened/opened","end/ended/ended"], subjects=["summit","meeting","meetings"], note="a summit or meeting that took place")
pat("046", ["negotiate","hold/held/held talks","resume/resumed/resumed talks"], nouns=["talks","negotiations","round of talks","rounds of talks"])
pat("046", ["hold/held/held","resume/resumed/resumed","open/opened/opened","begin/began/begun","start/started/started"], objects=["talks","negotiations"], note="engage in negotiation")
# 05 diplomatic cooperation
pat("051", ["praise","commend","applaud","endorse","recommend"])
pat("051", ["thanked","thanking"], note="praise (thanked; not 'thanks to')")
pat("052", ["defend/defended/defended","justify"], objects=["them","it","decision","move","launches","action","policy","as"], note="defend verbally")
pat("054", ["recognize","recognise","admit/admitted/admitted"], objects=["membership","member","members","state","states","government","independence","republic","sovereignty"], note="grant diplomatic recognition")
pat("055", ["apologize","apologise","express regret","expressed/expressed/expressed regret"], nouns=["apology"])
pat("055", ["offer/offered/offered","make/made/made","issue/issued/issued","extend/extended/extended","deliver/delivered/delivered"], objects=["apology","apologies"], note="offer an apology ('offered North Korea an apology')")
pat("057", ["sign/signed/signed","adopt","conclude","ink"], objects=["agreement","agreements","declaration","deal","accord","pact","treaty","statement","armistice","document"])
pat("057", ["reach/reached/reached an agreement","reach/reached/reached a deal","reach/reached/reached agreement","strike/struck/struck a deal","seal/sealed/sealed a deal"])
# "the declaration that Kim signed with Moon": the document named before the verb.
pat("057", ["sign/signed/signed with"], note="sign a formal agreement with (the document named before)")
pat("057", ["agree/agreed/agreed on","agree/agreed/agreed upon"], objects=["deal","terms","plan","details","measures","declaration","agreement","accord","steps","package","framework","principles","date","agenda","statement","text"], note="agree on terms (not 'agreed on Tuesday')")
pat("050", ["reopen/reopened/reopened","restore","reconnect","open/opened/opened"], objects=["office","line","lines","hotline","hotlines","channel","channels","communication","liaison"])
pat("0311", ["set/set/set up","establish","found"], objects=["office","complex","committee","channel","liaison","zone","panel"])
# 06-09 material cooperation
pat("061", ["break/broke/broken ground","resume/resumed/resumed operations","restart/restarted/restarted operations","reopen/reopened/reopened the complex","resume/resumed/resumed production","restart/restarted/restarted production","begin/began/begun production","start/started/started production"])
pat("070", ["send/sent/sent aid","provide aid","deliver/delivered/delivered aid"], nouns=[])
pat("073", ["send/sent/sent","ship","provide","deliver"], objects=["humanitarian","food","rice","medicine","medical","fertilizer","fertiliser","vaccines"])
pat("075", ["grant/granted/granted asylum"])
pat("080", ["back/backed/backed down","back/backed/backed off"], note="yield")
pat("085", ["lift/lifted/lifted","ease"], objects=["sanctions","embargo","ban"], note="ease economic sanctions")
pat("0841", ["release","free/freed/freed","repatriate","return/returned/returned","hand/handed/handed over","hand/handed/handed back"], objects=["crewmen","journalists","prisoners","prisoner","detainees","detainee","fishermen","fisherman","crew","crewmen","soldiers","soldier","abductees","abductee","remains","defectors","body","sailors","sailor","hostages","hostage","citizen","citizens","nationals","national","tourist","missionary","journalist","journalists","student"])
pat("087", ["withdraw/withdrew/withdrawn","pull/pulled/pulled back","dismantle","halt drills","switch/switched/switched off","turn/turned/turned off","take/took/taken down","remove","stop/stopped/stopped","halt","suspend","cease"], objects=["guard","posts","post","troops","forces","loudspeakers","loudspeaker","speakers","broadcasts","broadcasting","drills","exercises","hostile","weapons"])
pat("0871", ["declare ceasefire","agree to a ceasefire","sign a ceasefire"])
pat("0874", ["retreat","surrender"], untargeted=True, note="retreat or surrender militarily")
pat("093", ["investigate","probe"], nouns=["investigation","inquiry"])
# 10-14 verbal conflict
pat("101", ["demand/demanded/demanded an explanation","demand/demanded/demanded an investigation","demand/demanded/demanded information"])
pat("1053", ["demand the release","demand/demanded/demanded the return"])
pat("100", ["demand"])
pat("111", ["condemn","denounce","criticize","criticise","slam/slammed/slammed","blast","decry","lambast","brand/branded/branded","castigate","rebuke","deplore","berate","ridicule","censure","rap/rapped/rapped","label/labeled/labeled","label/labelled/labelled","dub/dubbed/dubbed"], nouns=["condemnation"])
pat("1125", ["accuse of spying","accuse of espionage"])
pat("111", ["declare/declared/declared","designate","define"], objects=["enemy","enemies"], note="declaring another side an enemy: criticism")
pat("1123", ["accuse","blame"], objects=["attack","attacking","attacks","provocation","provocations","aggression","sinking","shelling","firing","invading","invasion","drones","drone","incursion","starting","started","fired","crossed","torpedo"], note="accuse of aggression")
pat("1121", ["accuse","blame"], objects=["bombing","terrorism","terrorist","killing","murder","crime","crimes","smuggling","kidnapping","abduction"], note="accuse of crime")
pat("112", ["accuse","blame","hold/held/held responsible"])
pat("114", ["protest/protested/protested to","lodge/lodged/lodged a protest","complain"])
# "lodged a strong protest with Pyongyang", "filed a complaint"; "Seoul protested on Monday" (the verb, not the noun).
pat("114", ["lodge/lodged/lodged","file/filed/filed","register/registered/registered"], objects=["protest","protests","complaint","complaints"], note="complain officially (lodged a protest)")
pat("114", ["protested"], note="complain officially (the verb)")
pat("116", ["find/found/found guilty","convict","sentence/sentenced/sentenced"], note="find guilty")
pat("120", ["reject/rejected/rejected","rebuff","dismiss","oppose/opposed/opposed"], objects=["offer","proposal","proposals","call","calls","overture","overtures","demand","demands","talks","idea","admission","plan","offers","warning","warnings","claim","claims","explanation","accusation","accusations","request","requests","invitation","ultimatum","apology","apologies"])
pat("125", ["refuse/refused/refused to talk","reject/rejected/rejected talks","turn down talks"])
# Refusing to do something is a rejection whatever the act ("refused to sign an agreement",
# "refused to raise the South's flag"); what is refused is no event (see the coder's content rule).
pat("120", ["refuse/refused/refused to","decline/declined/declined to","turn/turned/turned down"], note="refuse, decline, turn down: reject")
pat("128", ["violate","breach"], objects=["agreement","armistice","ceasefire","accord","resolution","resolutions","sanctions","law","sovereignty","airspace"], nouns=["violation"])
pat("1246", ["refuse to withdraw","refuse/refused/refused to pull back"])
pat("127", ["no longer observe/observed/observed","no longer abide/abided/abided by","no longer be bound by","no longer honor/honored/honored","no longer recognize/recognized/recognized","stop observing/stopped/stopped"], objects=["agreement","agreements","accord","pact","deal","treaty","declaration","armistice"], note="stop keeping an agreement")
pat("127", ["scrap/scrapped/scrapped","abandon","suspend","nullify","tear/tore/torn up","withdraw/withdrew/withdrawn from","declare/declared/declared"], objects=["agreement","agreements","accord","pact","deal","treaty","declaration","void","null"])
pat("129", ["veto/vetoed/vetoed"])
pat("1312", ["threaten/threatened/threatened sanctions","threaten/threatened/threatened to impose sanctions"])
pat("138", ["threaten military action","threaten with military action","warn of military action","vow retaliation","threaten retaliation","threaten with military","threaten to take military action"])
pat("138", ["warn","threaten","vow"], objects=["military","retaliation","retaliate","punishment","war","attack","strike","strikes","force","fighting","clash","counterattack","retaliatory","merciless","annihilate","forces","response","respond"], note="threaten military force")
pat("139", ["give/gave/given an ultimatum","issue an ultimatum"], nouns=["ultimatum"])
pat("139", ["give/gave/given"], objects=["hours","deadline"], note="an ultimatum by deadline")
pat("130", ["threaten","warn"], note="threaten, act unspecified (else the act's own pattern names it)")
pat("141", ["rally","protest","demonstrate/demonstrated/demonstrated"], objects=["streets","square","outside","against"])
# 15-20 material conflict
pat("150", ["fire/fired/fired","launch/launched/launched","test/tested/tested","test-fire/test-fired/test-fired","fly/flew/flown"], objects=["missile","missiles","ballistic","icbm","icbms","rocket","satellite","projectile","projectiles","hwasong"], nouns=["missile launch","missile test","satellite launch"], untargeted=True, note="missile and rocket launches: a show of force aimed at no one in particular")
pat("150", ["hold/held/held","stage","conduct","begin/began/begun","start/started/started","kick/kicked/kicked off","resume/resumed/resumed","launch/launched/launched","carry/carried/carried out"], objects=["drills","drill","exercises","exercise","maneuvers","manoeuvres","wargames"], note="military drills: a show of force")
pat("150", ["supervise/supervised/supervised","oversee/oversaw/overseen","observe/observed/observed","guide/guided/guided","inspect/inspected/inspected","watch/watched/watched"], objects=["test-fire","test-firing","test-launch","launch","launches","firing","drill","drills","exercise","exercises","missile","missiles","rocket"], untargeted=True, note="a leader overseeing a weapons test or a drill: a show of force")
pat("150", ["exchange/exchanged/exchanged warning shots","fire/fired/fired warning shots","stage drills","hold/held/held drills","conduct drills","hold/held/held exercises","conduct exercises","stage exercises","launch drills","resume/resumed/resumed reconnaissance","resume/resumed/resumed surveillance"], nouns=["drills","exercises","exercise","show of force"])
pat("152", ["raise alert","raise/raised/raised its alert","put/put/put on alert","place/placed/placed on alert","heighten alert","step/stepped/stepped up readiness","step/stepped/stepped up surveillance"])
pat("152", ["put/put/put","place/placed/placed","raise/raised/raised"], objects=["alert","footing","readiness"])
pat("154", ["send/sent/sent troops","deploy","mobilize","mobilise","dispatch","move/moved/moved troops","station","add/added/added artillery","add/added/added troops","reinforce","bolster","beef/beefed/beefed up","send/sent/sent"], objects=["troops","soldiers","forces","units","artillery","army","warships","jets","fighter","military","guard"])
pat("161", ["cut/cut/cut off","sever","cut/cut/cut","shut/shut/shut down","close/closed/closed","suspend","halt","disconnect"], objects=["communication","communications","hotline","hotlines","line","lines","channel","channels","ties","relations","contact"])
pat("161", ["abolish","dissolve","disband"], objects=["bodies","committee","organizations","agencies","organs","body","organisations"], note="break the bodies of relations")
pat("163", ["impose sanctions","impose/imposed/imposed new sanctions","slap/slapped/slapped sanctions","tighten sanctions"])
pat("163", ["impose/imposed/imposed","tighten/tightened/tightened","slap/slapped/slapped","expand/expanded/expanded","adopt/adopted/adopted"], objects=["sanctions"], note="impose or tighten sanctions, whatever stands between")
pat("163", ["suspend","halt","stop/stopped/stopped","ban/banned/banned","cut/cut/cut off"], objects=["trade","imports","exports","shipments","commerce","complex"], note="stop trade or a joint economic project")
pat("160", ["suspend","halt","shut/shut/shut down","close/closed/closed","stop/stopped/stopped"], objects=["operations","tours","project","projects","exchanges","cooperation","office","programme","program","resort","park"])
pat("162", ["cut/cut/cut aid","suspend aid","halt aid","stop/stopped/stopped aid","reduce aid","cut/cut/cut off aid","freeze/froze/frozen aid","suspend/suspended/suspended food aid","halt/halted/halted food aid"], note="reduce or stop material aid")
pat("164", ["collapse/collapsed/collapsed","break/broke/broken down","stall/stalled/stalled","fall/fell/fallen apart","end/ended/ended without","founder/foundered/foundered","end/ended/ended abruptly"], subjects=["talks","summit","negotiations","dialogue","meeting"], note="negotiations that broke down")
pat("164", ["halt talks","suspend talks","break/broke/broken off talks","walk/walked/walked out of talks","call/called/called off talks","cancel/canceled/canceled talks","cancel/cancelled/cancelled talks"])
pat("164", ["call/called/called off","cancel/cancelled/cancelled","cancel/canceled/canceled","postpone","break/broke/broken off","suspend","halt","walk/walked/walked out of","scrap/scrapped/scrapped"], objects=["talks","summit","meeting","negotiations","dialogue","visit"], note="halt negotiations")
pat("1662", ["expel/expelled/expelled","kick/kicked/kicked out","order/ordered/ordered out"], objects=["inspectors","monitors","observers"], note="expel inspectors")
pat("166", ["expel","withdraw/withdrew/withdrawn","pull/pulled/pulled out","order/ordered/ordered out","recall"], objects=["staff","workers","officials","personnel","managers","employees","diplomats","nationals","ambassador","envoy"])
pat("170", ["send/sent/sent", "resume/resumed/resumed loudspeaker","restart/restarted/restarted loudspeaker","turn/turned/turned on loudspeakers","switch/switched/switched on","blast/blasted/blasted propaganda","send/sent/sent leaflets","send/sent/sent propaganda","fly/flew/flown balloons","launch balloons","float/floated/floated balloons","send/sent/sent balloons","scatter leaflets","drop/dropped/dropped leaflets","launch","resume/resumed/resumed","restart/restarted/restarted"], objects=["leaflets","propaganda","balloons","loudspeakers","loudspeaker","broadcasts","trash","garbage","leaflet"], nouns=["leaflets","broadcasts","balloon campaign"])
pat("1711", ["seize","confiscate","freeze/froze/frozen"], objects=["assets","property","equipment","facilities"])
pat("171", ["seize","capture","damage"], objects=["ship","vessel","boat","submarine","trawler","aircraft"], note="seize or damage property")
pat("1712", ["blow/blew/blown up","demolish","destroy","raze","tear/tore/torn down","dynamite","bulldoze","explode/exploded/exploded","detonate/detonated/detonated"], objects=["office","building","buildings","road","roads","railway","rail","facility","facilities","post","posts","bridge","hotel","structures","complex","sections","parts","center","centre","line","lines","tracks","device"], nouns=["demolition","destruction","explosion","blast"])
pat("170", ["jam/jammed/jammed","disrupt"], objects=["gps","signals","signal","navigation","satellite"], note="jamming navigation signals: coercion")
pat("172", ["ban/banned/banned","outlaw","prohibit"], objects=["leaflets","leaflet","launches","leafleting","entry","travel","visits","broadcasts"], note="impose administrative sanctions (a ban)")
pat("173", ["arrest","detain","capture","jail","indict"], objects=[])
pat("174", ["deport","expel"], objects=["him","her","them","person","people","tourist","tourists","journalist","missionary","officials","south","koreans"])
pat("174", ["order/ordered/ordered"], objects=["out","leave"], note="expel individuals")
pat("181", ["abduct","kidnap","hijack","take/took/taken hostage"], nouns=["abduction","hijacking"])
pat("182", ["assault","beat/beat/beaten","attack/attacked/attacked with axes"])
pat("1823", ["kill","shoot/shot/shot dead","shoot/shot/shot and kill","murder","execute"], nouns=["killing","murder","execution"])
pat("183", ["=bombed"], nouns=["bombing","bomb attack"], note="only the past form is surely a verb: 'a hydrogen bomb' is no bombing")
pat("185", ["attempt to assassinate","try/tried/tried to assassinate","try/tried/tried to kill"], nouns=["assassination attempt"])
pat("186", ["assassinate"], nouns=["assassination"])
pat("192", ["occupy","seize/seized/seized control","capture/captured/captured the city","take/took/taken control","take/took/taken over"])
pat("192", ["capture","seize"], objects=["headquarters","city","town","island","territory","capital","positions","hill"], note="occupy territory")
pat("190", ["take/took/taken military action","launch/launched/launched military action"])
pat("190", ["attack","invade","strike/struck/struck","raid","assault","sink/sank/sunk","torpedo/torpedoed/torpedoed","launch/launched/launched an attack","launch/launched/launched attacks","launch/launched/launched a series of attacks"], objects=[], nouns=["attack","invasion","offensive","incursion"])
pat("190", ["engage/engaged/engaged","clash/clashed/clashed with"], objects=["boats","ships","vessels","patrol","forces","troops","warships","navy","units"], note="engage forces")
pat("191", ["blockade","restrict/restricted/restricted access","block/blocked/blocked access","seal/sealed/sealed off","ban/banned/banned entry","cut/cut/cut off roads","cut/cut/cut off the roads"])
pat("111", ["scoff/scoffed/scoffed at","mock"], note="scorn")
pat("193", ["fire/fired/fired"], objects=["guns","gun","machine-guns","rifles","bullets"], note="small-arms fire ('fired heavy machine guns at balloons')")
pat("194", ["fire/fired/fired"], objects=["artillery","rounds","shells","howitzers","howitzer","mortars","mortar","cannon","rockets"], note="artillery fire, whatever stands between verb and noun ('fired more than 200 artillery rounds')")
pat("193", ["open/opened/opened fire","shoot/shot/shot at","fire/fired/fired shots","exchange/exchanged/exchanged fire","exchange/exchanged/exchanged gunfire","return/returned/returned fire"], nouns=["gunfire","firefight","skirmish","clash"])
pat("194", ["answer/answered/answered with","respond/responded/responded with","retaliate/retaliated/retaliated with","reply/replied/replied with"], objects=["artillery","rounds","shells","howitzer","howitzers","salvo","salvoes","barrage"], note="'answered with dozens of artillery rounds'")
pat("194", ["fire/fired/fired artillery","shell","fire/fired/fired shells","fire/fired/fired rounds","fire/fired/fired rockets","pound/pounded/pounded"], nouns=["shelling","artillery fire","bombardment"])
pat("195", ["bomb/bombed/bombed from the air","launch/launched/launched airstrikes","carry/carried/carried out airstrikes"], nouns=["airstrike","air strike","airstrikes"])
pat("196", ["violate/violated/violated the ceasefire","breach/breached/breached the ceasefire","violate/violated/violated the armistice"])
pat("2042", ["conduct/conducted/conducted","carry/carried/carried out","stage/staged/staged","detonate/detonated/detonated","explode/exploded/exploded"], objects=["nuclear","hydrogen","atomic"], untargeted=True, note="'conducted its sixth nuclear test', 'exploded a hydrogen bomb'")
pat("2042", ["conduct/conducted/conducted a nuclear test","carry/carried/carried out a nuclear test","detonate/detonated/detonated a nuclear","test/tested/tested a nuclear","conduct/conducted/conducted an underground nuclear test","carry/carried/carried out an underground nuclear test"], nouns=["nuclear test","underground nuclear test","detonation of a nuclear","nuclear detonation","nuclear explosion"], untargeted=True)

import yaml
out=["kb: event-patterns/1","# CAMEO event patterns for the extractor: a verb phrase (every form listed), and",
"# optionally object words of which one must follow within 8 words, or nominal",
"# triggers (\"the demolition\"). More specific patterns come first; the first",
"# that matches a sentence position wins. No pattern, no event. `untargeted`",
"# marks acts aimed at no one (a nuclear test): no counterpart is assumed.",
"# `subjects`: a noun one of which must stand before the verb (\"the talks collapsed\").",
"# Generated by Scripts/make_patterns.py: edit that, then run it.",
"patterns:"]
# order: longer phrases first across all patterns handled by the extractor; keep file order for readability
for code,verbs,objs,nouns,note,untargeted,subjects in P:
    out.append(f'  - code: "{code}"')
    if note: out.append(f'    note: "{note}"')
    if verbs: out.append('    verbs: ['+', '.join(f'"{v}"' for v in verbs)+']')
    if objs: out.append('    objects: ['+', '.join(f'"{o}"' for o in objs)+']')
    if nouns: out.append('    nouns: ['+', '.join(f'"{n}"' for n in nouns)+']')
    if untargeted: out.append('    untargeted: true')
    if subjects: out.append('    subjects: ['+', '.join(f'"{v}"' for v in subjects)+']')
ROOT=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
# Characterizations: a verb of naming followed by a quote; the quote's words
# decide between criticism (111) and praise (051). Words, not phrases.
CHAR_VERBS=["call","called","calls","calling","describe","described","describes","describing","label","labelled","labeled",
            "brand","branded","dub","dubbed","term","termed"]
NEGATIVE=["provocation","provocations","provocative","scum","warmongers","warmonger","traitor","traitors","traitorous","senseless",
          "brutal","barbaric","puppet","puppets","reckless","betrayal","hostile","enemy","enemies","criminal","crime","crimes",
          "outrageous","shameless","despicable","lunatic","rogue","madman","war","aggression","aggressive","violation","violations",
          "illegal","intolerable","unacceptable","absurd","nonsense","ridiculous","treacherous","confrontation","confrontational",
          "maniac","gangster","gangsters","dangerous","grave","insult","insulting","sinister","hypocrisy","hypocritical",
          "anti-national","invasion","terror","terrorist","atrocity","atrocities","threat","threatens","destroyed","ruined"]
POSITIVE=["historic","milestone","symbol","peace","meaningful","stride","landmark","fruit","success","successful","friendship",
          "reconciliation","cooperation","trust","progress","breakthrough","great","honor","honour","positive","hope",
          "hopes","new era","prosperity","gift","gifts","sincerity","present"]
out.append("characterizations:")
out.append('  verbs: ['+', '.join(f'"{v}"' for v in CHAR_VERBS)+']')
out.append('  negative: ['+', '.join(f'"{v}"' for v in NEGATIVE)+']')
out.append('  positive: ['+', '.join(f'"{v}"' for v in POSITIVE if ' ' not in v)+']')
open(os.path.join(ROOT,'Seeds/cameo/patterns.yaml'),'w').write('\n'.join(out)+'\n')
d=yaml.safe_load(open(os.path.join(ROOT,'Seeds/cameo/patterns.yaml')))
codes={l.split('\t')[0] for l in open(os.path.join(ROOT,'Seeds/cameo/event_codes.tsv')).read().split('\n')[1:] if l}
for p in d['patterns']:
    assert p['code'] in codes, p['code']
print(len(d['patterns']), 'patterns')
