import Testing
@testable import KBExtraction

@Suite("IDMap")
struct IDMapTests {
    /// Keys of every length around the eight-byte words the map reads at once.
    static let keys = (0..<40).map { n in String(repeating: "k", count: n % 20) + "-\(n)" } + ["", "a", "north-korea", "kim"]

    @Test("finds what a Dictionary finds, and misses what it misses")
    func sameAsDictionary() {
        var map = IDMap<Int>()
        var dictionary: [String: Int] = [:]
        for (i, key) in Self.keys.enumerated() {
            map[key] = i
            dictionary[key] = i
        }
        map["kim"] = 99
        dictionary["kim"] = 99
        for key in Self.keys + ["kimm", "ki", "north-kore", "north-koreb", "k-1 "] {
            #expect(map[key] == dictionary[key], "\(key)")
        }
        #expect(map.count == dictionary.count)
        let shared = SharedIDMap(dictionary)
        for key in Self.keys { #expect(shared[key] == dictionary[key]) }
    }

    @Test("keys match by canonical equivalence, as String keys of a Dictionary do")
    func canonicalEquivalence() {
        var map = IDMap<String>()
        map["Kim"] = "ascii"
        map["caf\u{E9}"] = "composed"
        // The Kelvin sign decomposes to "K"; "e" and a combining acute accent compose to "é".
        #expect(map["\u{212A}im"] == "ascii")
        #expect(map["cafe\u{301}"] == "composed")
        #expect(map["cafe"] == nil)
        map["\u{212A}im"] = "kelvin"
        #expect(map["Kim"] == "kelvin")
        #expect(map.count == 2)
        var other = IDMap<Int>()
        other["\u{212A}im"] = 1
        #expect(other["Kim"] == 1)
        other["Kim"] = 2
        #expect(other["\u{212A}im"] == 2)
        #expect(other.count == 1)
        var set = IDSet()
        let first = set.insert("south-korea")
        let again = set.insert("south-korea")
        #expect(first)
        #expect(!again)
        #expect(set.contains("south-korea"))
        #expect(!set.contains("north-korea"))
    }
}
