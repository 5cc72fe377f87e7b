/// The event patterns' phrases by the word id of their first word, so the
/// trigger search indexes an array for each token instead of hashing its key.
struct PhraseIndex: Sendable {
    /// `phrases[ranges[id]]`: the phrases starting with word `id`, in the order of `byFirstWord`.
    let phrases: [EventPatterns.Phrase]
    let ranges: [Range<Int32>]
    /// Pattern -> word ids of its objects (those a token can have as its key).
    let objects: [[Lexicon.ID]]
    /// Every first word has the class `phraseFirstWord`: a token without it opens no phrase.
    var firstWordsClassed = false
}

extension EventPatterns {
    /// Every word of every phrase and every object, for the lexicon.
    var words: [String] {
        byFirstWord.keys.sorted().flatMap { byFirstWord[$0]!.flatMap(\.words) } + patterns.flatMap { $0.objects.sorted() }
    }

    /// A copy indexed by the ids of `lexicon`, or unchanged when a first word is not in it.
    func indexed(by lexicon: Lexicon) -> EventPatterns {
        var byID: [Lexicon.ID: [Phrase]] = [:]
        for (word, phrases) in byFirstWord {
            guard let id = lexicon.id(of: word), lexicon.keys[Int(id)] == word else { return self }
            byID[id] = phrases.map { phrase in
                var phrase = phrase
                // Ids only when every word is a key of the lexicon: a token has the key exactly when it has the id.
                let ids = phrase.words.compactMap { word in lexicon.id(of: word).flatMap { lexicon.keys[Int($0)] == word ? $0 : nil } }
                if ids.count == phrase.words.count {
                    phrase.ids = ids
                    phrase.length = ids.count
                    if ids.count > 1 { phrase.second = ids[1] }
                }
                phrase.namesObject = phrase.words.contains(where: patterns[phrase.pattern].objects.contains)
                return phrase
            }
        }
        var phrases: [Phrase] = []
        var ranges: [Range<Int32>] = []
        for id in 0..<Int32(lexicon.count) {
            let start = Int32(phrases.count)
            if let list = byID[id] { phrases.append(contentsOf: list) }
            ranges.append(start..<Int32(phrases.count))
        }
        // An object that is not a key of its own (a spelling that folds to another) is no token's key.
        var objects: [[Lexicon.ID]] = []
        for pattern in patterns {
            var ids: [Lexicon.ID] = []
            for object in pattern.objects {
                guard let id = lexicon.id(of: object) else { return self }
                if lexicon.keys[Int(id)] == object { ids.append(id) }
            }
            objects.append(ids)
        }
        var copy = self
        copy.wordIndex = PhraseIndex(phrases: phrases, ranges: ranges, objects: objects,
                                     firstWordsClassed: byID.keys.allSatisfy { lexicon.word($0, isIn: .phraseFirstWord) })
        return copy
    }

    /// `patterns[pattern].objects.contains(tokens[k].key)`, by word id once indexed.
    /// (The token read in place: passed by value, it would be copied out of the buffer.)
    func isObject(_ tokens: TokenBuffer, _ k: Int, of pattern: Int) -> Bool {
        // `wordIndex!` in place: `guard let` would copy the index (and retain its arrays) at each call.
        guard wordIndex != nil else { return patterns[pattern].objects.contains(tokens[k].key) }
        return tokens[k].word >= 0 && wordIndex!.objects[pattern].contains(tokens[k].word)
    }

    /// The phrases whose first word is the word of `tokens[k]`, longest first (`byFirstWord[tokens[k].key]`).
    func phrases(startingWith tokens: TokenBuffer, at k: Int) -> ArraySlice<Phrase> {
        guard wordIndex != nil else { return (byFirstWord[tokens[k].key] ?? [])[...] }
        if wordIndex!.firstWordsClassed, !tokens[k].isIn(.phraseFirstWord) { return [] }
        let word = tokens[k].word
        guard word >= 0, Int(word) < wordIndex!.ranges.count else { return [] }
        let range = wordIndex!.ranges[Int(word)]
        guard !range.isEmpty else { return [] }
        return wordIndex!.phrases[Int(range.lowerBound)..<Int(range.upperBound)]
    }
}
