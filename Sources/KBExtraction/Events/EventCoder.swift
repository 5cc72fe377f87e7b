/// Codes events in CAMEO from verb + object patterns, sentence by sentence:
/// the trigger, the source (the actor before it, or after "by"), the target
/// (the actor after it), the place, the date and the modality. No pattern, no
/// event: there is no fallback code.
struct EventCoder {
    let patterns: EventPatterns
    let codebook: Codebook
    let gazetteer: Gazetteer

    struct Trigger {
        let pattern: Int
        let first: Int
        let last: Int
        let nominal: Bool
    }

    static let threatWords: Set<String> = ["threaten", "threatened", "threatens", "threatening", "threat", "threats", "vowed", "vows", "vow"]
    static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    static let generic: Set<String> = ["010", "020"]
    static let prepositions: Set<String> = ["in", "at", "with", "to", "from", "of", "for", "against", "on", "near", "between",
                                            "than", "about", "into", "across", "over", "toward", "towards", "under", "after",
                                            "before", "since", "during", "like", "inside", "outside", "within"]

    static let irregularParticiples: Set<String> = ["set", "cut", "shut", "put", "hit", "built", "sent", "held", "shot", "blown",
                                                    "torn", "thrown", "seen", "made", "taken", "given", "struck", "broken", "beaten",
                                                    "frozen", "withdrawn", "begun", "flown", "won", "led", "met", "kept", "brought"]

    /// "destroyed", "blown", "set": the form after "was"/"were" in the passive voice.
    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") || irregularParticiples.contains(word)
    }

    static let placeRank: [String: Int] = ["facility": 0, "zone": 1, "island": 2, "road": 3, "border": 4, "county": 5,
                                           "city": 6, "region": 7, "sea": 8, "country": 9]

    func code(_ text: ArticleText, _ tokens: [WordToken], _ mentions: [Mention], published: PartialDate?) -> [ExtractedArticle.Event] {
        var events: [ExtractedArticle.Event] = []
        var tokenIndex = 0
        var mentionIndex = 0
        for (sentenceNumber, range) in text.sentences.enumerated() {
            // Tokens and mentions of this sentence.
            while tokenIndex < tokens.count, tokens[tokenIndex].start < range.lowerBound { tokenIndex += 1 }
            var end = tokenIndex
            while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
            let sentenceTokens = tokenIndex..<end
            while mentionIndex < mentions.count, mentions[mentionIndex].start < range.lowerBound { mentionIndex += 1 }
            var mentionEnd = mentionIndex
            while mentionEnd < mentions.count, mentions[mentionEnd].start < range.upperBound { mentionEnd += 1 }
            let local = Array(mentions[mentionIndex..<mentionEnd])
            tokenIndex = end
            mentionIndex = mentionEnd
            guard !sentenceTokens.isEmpty else { continue }

            var triggers = self.triggers(tokens, in: sentenceTokens, mentions: local)
            if triggers.contains(where: { !Self.generic.contains(patterns.patterns[$0.pattern].code) }) {
                triggers.removeAll { Self.generic.contains(patterns.patterns[$0.pattern].code) }
            }
            // What a demand or an appeal asks for is its content, not an event:
            // "demanded that Pyongyang apologise" is one demand, not an apology.
            if let ask = triggers.firstIndex(where: { patterns.patterns[$0.pattern].code.hasPrefix("10") || patterns.patterns[$0.pattern].code.hasPrefix("02") }) {
                let askEnd = triggers[ask].last
                triggers.removeAll { $0.first > askEnd && !(askEnd..<$0.first).contains { tokens[$0].sentenceEnd || (tokens[$0].breakAfter && tokens[$0 + 1].key == "and") } }
            }
            // The date is only read for a sentence that codes something.
            guard !triggers.isEmpty else { continue }
            let sentenceDate = date(of: text, range, published: published)
            for (t, trigger) in triggers.enumerated() {
                let clauseEnd = t + 1 < triggers.count ? triggers[t + 1].first : sentenceTokens.upperBound
                if let event = event(for: trigger, tokens: tokens, sentence: sentenceTokens, clauseEnd: clauseEnd, range: range,
                                     number: sentenceNumber, mentions: local, date: sentenceDate, text: text, earlier: events) {
                    events.append(event)
                }
            }
        }
        return events
    }

    /// Pattern matches in a sentence, left to right, not overlapping names.
    func triggers(_ tokens: [WordToken], in range: Range<Int>, mentions: [Mention]) -> [Trigger] {
        var found: [Trigger] = []
        // Words that are part of a name are never triggers.
        var named = [Bool](repeating: false, count: range.count)
        for m in mentions where m.lastToken >= range.lowerBound && m.firstToken < range.upperBound {
            for t in max(m.firstToken, range.lowerBound)...min(m.lastToken, range.upperBound - 1) { named[t - range.lowerBound] = true }
        }
        var k = range.lowerBound
        while k < range.upperBound {
            if named[k - range.lowerBound] { k += 1; continue }
            var matched: Trigger?
            var matchedDistance = Int.max
            for phrase in patterns.phrases(startingWith: tokens[k]) {
                let n = phrase.words.count
                // Among phrases of the longest matching length, the one whose object is nearest wins.
                if let m = matched, m.last - m.first + 1 > n { break }
                guard k + n <= range.upperBound else { continue }
                var ok = true
                for i in 0..<n where tokens[k + i].key != phrase.words[i] || (i < n - 1 && tokens[k + i].breakAfter) {
                    ok = false
                    break
                }
                guard ok else { continue }
                let pattern = patterns.patterns[phrase.pattern]
                var distance = 100
                if !phrase.nominal, !pattern.objects.isEmpty, !phrase.words.contains(where: pattern.objects.contains) {
                    let window = (k + n)..<min(k + n + 8, range.upperBound)
                    if let hit = window.first(where: { patterns.isObject(tokens[$0], of: phrase.pattern) }) {
                        distance = hit - (k + n)
                    } else if k > range.lowerBound, Self.passiveMarkers.contains(tokens[k - 1].key),
                              let hit = (max(range.lowerBound, k - 6)..<k).last(where: { patterns.isObject(tokens[$0], of: phrase.pattern) }) {
                        // Passive voice: the object is the subject ("the office was set up").
                        distance = k - hit
                    } else {
                        continue
                    }
                }
                if phrase.nominal {
                    // A nominal trigger is a noun: "the demolition", "an explosion", "Monday's attack".
                    let previous = k > range.lowerBound ? tokens[k - 1].key : ""
                    guard ["the", "a", "an", "this", "that", "its", "their", "his", "her"].contains(previous) || k > range.lowerBound && tokens[k - 1].possessive else {
                        continue
                    }
                }
                if distance < matchedDistance {
                    matched = Trigger(pattern: phrase.pattern, first: k, last: k + n - 1, nominal: phrase.nominal)
                    matchedDistance = distance
                }
            }
            if let matched {
                found.append(matched)
                k = matched.last + 1
            } else {
                k += 1
            }
        }
        return found
    }

    func event(for trigger: Trigger, tokens: [WordToken], sentence: Range<Int>, clauseEnd: Int, range: Range<Int>, number: Int,
               mentions: [Mention], date: PartialDate?, text: ArticleText, earlier: [ExtractedArticle.Event]) -> ExtractedArticle.Event? {
        let actCode = patterns.patterns[trigger.pattern].code
        let before = (max(sentence.lowerBound, trigger.first - 4)..<trigger.first).map { tokens[$0].key }
        let clauseBefore = (sentence.lowerBound..<trigger.first).map { tokens[$0].key }

        var modality = "asserted"
        if actCode.hasPrefix("13") {
            modality = "threatened"
        } else if before.contains(where: Self.threatWords.contains) || (clauseBefore.contains { $0.hasPrefix("warn") } && before.contains { $0 == "would" || $0 == "will" }) {
            modality = "threatened"
        } else if before.contains("if") || clauseBefore.contains("unless") || clauseBefore.last == "if" {
            modality = "conditional"
        } else if before.contains(where: { $0 == "denied" || $0 == "denies" || $0 == "never" || $0 == "not" }) {
            modality = "denied"
        } else if before.contains(where: { ["would", "will", "plans", "planned", "plan", "intends", "going"].contains($0) }) {
            modality = "planned"
        }
        let code = modality == "threatened" ? threatCode(for: actCode) : actCode
        // The act a threat threatens: for a pattern that is itself a threat, only
        // a threat of military force names one (conventional force, 190).
        let threatened: String? = modality != "threatened" ? nil : (actCode.hasPrefix("13") ? (actCode.hasPrefix("138") ? "190" : nil) : actCode)
        guard let entry = codebook[code] else { return nil }

        // Only the mentions near the trigger matter; a window keeps long sentences linear.
        let lowerToken = max(sentence.lowerBound, trigger.first - 40)
        let upperToken = min(clauseEnd, trigger.last + 40)
        let nearby = Self.window(mentions, lowerToken..<upperToken)
        let actors = nearby.filter { $0.kind == .actor }
        let passive = trigger.first > sentence.lowerBound && Self.passiveMarkers.contains(tokens[trigger.first - 1].key)
            && Self.isParticiple(tokens[trigger.first].key)
            || trigger.last + 1 < sentence.upperBound && tokens[trigger.last + 1].key == "by" && !trigger.nominal
        var source: String?
        var target: String?
        // The target stays in the trigger's clause: up to the next trigger or the next comma.
        var targetEnd = clauseEnd
        if let comma = (trigger.last..<clauseEnd).first(where: { tokens[$0].breakAfter && !tokens[$0].possessive }) { targetEnd = min(targetEnd, comma + 1) }
        let after = actors.filter { $0.firstToken > trigger.last && $0.firstToken < targetEnd }
        let beforeMentions = actors.filter { $0.lastToken < trigger.first }
        if let byIndex = (trigger.last + 1..<min(trigger.last + 8, sentence.upperBound)).first(where: { tokens[$0].key == "by" }),
           let agent = after.first(where: { $0.firstToken == byIndex + 1 || $0.firstToken == byIndex + 2 }), passive || trigger.nominal {
            source = agent.id
            target = beforeMentions.last?.id
        } else if trigger.nominal {
            if let owner = beforeMentions.last, owner.lastToken == trigger.first - 1, tokens[owner.lastToken].possessive {
                source = owner.id
            } else if let previous = earlier.last(where: { $0.code == code }) ?? earlier.last(where: { $0.root == entry.root }) {
                // "the demolition" refers back to the demolition already reported.
                let span = range.count <= 1000 ? range : tokens[trigger.first].start..<tokens[trigger.last].end
                return ExtractedArticle.Event(
                    code: previous.code, root: previous.root, quadClass: previous.quadClass, goldstein: previous.goldstein,
                    source: previous.source, target: previous.target, place: previous.place, date: previous.date, endDate: nil,
                    modality: previous.modality, threatened: previous.threatened, summary: previous.summary, sentence: text.slice(span),
                    sentenceIndex: number, start: span.lowerBound, end: span.upperBound, confidence: 0.6, origin: "extracted")
            } else {
                return nil
            }
            target = target ?? after.first?.id
        } else if passive {
            // "The office was set up ... between North Korea and South Korea": no agent but the pair.
            if let between = (trigger.last + 1..<clauseEnd).first(where: { tokens[$0].key == "between" }),
               let first = after.first(where: { $0.firstToken == between + 1 }),
               let second = after.first(where: { $0.firstToken == first.lastToken + 2 }), tokens[first.lastToken + 1].key == "and" {
                source = first.id
                target = second.id
            }
        } else {
            // The subject: the nearest actor before the trigger that no preposition governs
            // ("defectors in the South sent": the defectors) and that is not a possessive modifier.
            let subject = beforeMentions.reversed().first { m in
                let governed = m.firstToken > sentence.lowerBound && Self.prepositions.contains(tokens[m.firstToken - 1].key)
                    && !tokens[m.firstToken - 1].breakAfter
                let modifier = tokens[m.lastToken].possessive && beforeMentions.contains { $0.firstToken == m.lastToken + 1 }
                return !governed && !modifier
            } ?? beforeMentions.last
            source = subject?.id
            if beforeMentions.count >= 2, let s = subject {
                let first = beforeMentions[beforeMentions.count - 2]
                if first.lastToken + 2 == s.firstToken, tokens[first.lastToken + 1].key == "and" {
                    if entry.quadClass <= 2 {
                        // "North Korea and South Korea signed ...": a joint act, the first acts towards the second.
                        source = first.id
                        target = s.id
                    } else {
                        // "activists and defectors sent leaflets": both act; the first stands for the pair.
                        source = first.id
                    }
                }
            }
            if target == nil { target = after.first { $0.id != source }?.id }
        }
        if target == source { target = nil }
        // An act with neither who nor whom says nothing an analyst can use.
        if source == nil && target == nil { return nil }

        // The place: the most specific place named in the sentence, after the trigger first.
        let places = nearby.filter { $0.kind == .place }
        func rank(_ m: Mention) -> Int { Self.placeRank[gazetteer.placeKind(m.id) ?? "country"] ?? 9 }
        let place = (places.filter { $0.firstToken > trigger.last }.min { rank($0) < rank($1) }
            ?? places.min { rank($0) < rank($1) })?.id

        var confidence = trigger.nominal ? 0.6 : 0.7
        if source != nil && target != nil { confidence += 0.1 }
        if date != nil { confidence += 0.1 }
        // The evidence is the sentence; in a run-on sentence, the words around the trigger.
        let span = range.count <= 1000 ? range
            : tokens[lowerToken].start..<tokens[max(lowerToken, min(upperToken, tokens.count) - 1)].end
        let sourceName = source.flatMap { gazetteer.actorName($0) } ?? source ?? "someone"
        let targetName = target.flatMap { gazetteer.actorName($0) } ?? target
        let summary = "\(sourceName): \(entry.description.lowercased())\(modality == "threatened" ? " (\(codebook[actCode]?.description.lowercased() ?? actCode))" : "")\(targetName.map { " -> \($0)" } ?? "")"
        return ExtractedArticle.Event(
            code: code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein, source: source, target: target,
            place: place, date: date?.description, endDate: nil, modality: modality,
            threatened: threatened, summary: summary, sentence: text.slice(span),
            sentenceIndex: number, start: span.lowerBound, end: span.upperBound, confidence: min(confidence, 0.95), origin: "extracted")
    }

    /// Mentions whose first token lies in `tokens`, by binary search (mentions are in text order).
    static func window(_ mentions: [Mention], _ tokens: Range<Int>) -> [Mention] {
        let lower = mentions.partitionPoint { $0.firstToken >= tokens.lowerBound }
        return Array(mentions[lower..<max(lower, mentions.partitionPoint { $0.firstToken >= tokens.upperBound })])
    }

    /// The 13x code for a threat of the given act.
    func threatCode(for act: String) -> String {
        if act.hasPrefix("13") { return act }
        switch Int(act.prefix(2)) ?? 0 {
        case 17...20: return "138"
        case 16: return act == "163" ? "1312" : "1313"
        case 15: return "138"
        case 12: return "134"
        default: return "130"
        }
    }

    /// The date a sentence gives: a full date, a month and day of the article's
    /// year, a weekday or "yesterday" before the article's date, a month or a
    /// year; else the article's date (which may be unknown).
    func date(of text: ArticleText, _ range: Range<Int>, published: PartialDate?) -> PartialDate? {
        let sentence = text.scalars[range]
        // Every date but a relative day has a digit: without one there is nothing to scan.
        let digits = sentence.contains { $0.value >= 0x30 && $0.value <= 0x39 }
        let tokens = digits ? DateScanner.tokenize(scalars: sentence) : []
        let found = DateScanner.matches(in: tokens, bareYears: true).map(\.match)
        // A full or month date wins over a bare year.
        if let precise = found.first(where: { $0.date.precision != .year }) { return precise.date }
        if let published, let (month, day, _, _) = DateScanner.scanMonthDays(tokens: tokens).first {
            var year = published.year
            if let candidate = PartialDate(year: year, month: month, day: day), candidate > published, published.precision == .day { year -= 1 }
            if let date = PartialDate(year: year, month: month, day: day) { return date }
        }
        if let year = found.first { return year.date }
        // DateScanner.relativeDayWords must hold every word the loop below looks for.
        if let published, published.precision == .day, DateScanner.mayNameRelativeDay(sentence) {
            // Only words of up to 9 bytes can be one of those below: longer ones are left empty.
            let words = digits ? tokens.filter { $0.kind == .word }.map { $0.text.utf8.count <= 9 ? $0.text.lowercased() : "" }
                : DateScanner.shortWords(scalars: sentence)
            for (i, word) in words.enumerated() {
                if word == "yesterday" { return published.adding(days: -1) }
                if word == "today" || word == "tonight" { return published }
                if word.utf8.last == UInt8(ascii: "y"), let weekday = Self.weekdayNumbers[word], let current = published.weekday {
                    let previousWord = i > 0 ? words[i - 1] : ""
                    guard previousWord == "on" || previousWord == "last" || previousWord == "since" || previousWord == "early" || previousWord == "late" else { continue }
                    var back = (current - weekday + 7) % 7
                    if previousWord == "last", back == 0 { back = 7 }
                    return published.adding(days: -back)
                }
                if word == "week", i > 0, words[i - 1] == "last", let earlier = published.adding(days: -7) {
                    return PartialDate(year: earlier.year, month: earlier.month)
                }
            }
        }
        return published
    }

    static let weekdayNumbers: [String: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                                                "saturday": 5, "sunday": 6]
}
