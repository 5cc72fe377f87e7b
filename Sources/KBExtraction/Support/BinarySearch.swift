extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isAfter`, for a collection in
    /// which every element that satisfies it comes after every one that does not.
    func partitionPoint(_ isAfter: (Element) -> Bool) -> Int {
        var lo = startIndex
        var hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

extension RandomAccessCollection {
    /// `filter(_:)` in at most one allocation, made at the first match with room for
    /// every element left, where `filter` grows its result one append at a time
    /// (several allocations for a few elements). None when nothing matches.
    func selecting(_ isIncluded: (Element) -> Bool) -> [Element] {
        var result: [Element] = []
        var remaining = count
        // By index: an element is tested in place and copied only when it goes in.
        for k in indices {
            if isIncluded(self[k]) {
                if result.isEmpty { result.reserveCapacity(remaining) }
                result.append(self[k])
            }
            remaining -= 1
        }
        return result
    }
}

extension Array where Element == Range<Int> {
    /// The index of the sorted, disjoint range that holds `offset`, or nil.
    public func index(holding offset: Int) -> Int? {
        let i = partitionPoint { $0.upperBound > offset }
        return i < count && self[i].lowerBound <= offset ? i : nil
    }
}

extension String {
    /// Substring test on UTF-8 bytes: no Foundation, no grapheme breaking. For
    /// the hot paths of the parser, where `contains` on `String` is too slow.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        haystack.makeContiguousUTF8()
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        return haystack.utf8.withContiguousStorageIfAvailable { h -> Bool in
            guard h.count >= n.count else { return false }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        } ?? false
    }
}

/// Byte strings searched for together in one pass, as `needles.contains {
/// haystack.containsBytes($0) }` would find them: a bit set of the first two
/// bytes of each needle rules out most positions at once.
struct ByteNeedles: Sendable {
    let needles: [[UInt8]]
    /// Bit `a << 8 | b` is set when a needle starts with the bytes a, b.
    private let pairs: [UInt64]
    /// Each needle's first two bytes as `a << 8 | b` (-1 for a shorter needle): on a hit
    /// only the needles that start so are compared.
    private let firstPairs: [Int]
    /// Bit `c << 8 | d` is set when a needle has the bytes c, d third and fourth; used
    /// (`fourBytes`) when every needle has four bytes at least, to rule out a hit on
    /// a common first pair ("re", "ph") before the needles are compared.
    private let thirdPairs: [UInt64]
    private let fourBytes: Bool

    init(_ strings: [String]) {
        needles = strings.map { Array($0.utf8) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var thirdPairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles where needle.count >= 2 {
            let key = Int(needle[0]) << 8 | Int(needle[1])
            pairs[key >> 6] |= 1 << UInt64(key & 63)
            if needle.count >= 4 {
                let third = Int(needle[2]) << 8 | Int(needle[3])
                thirdPairs[third >> 6] |= 1 << UInt64(third & 63)
            }
        }
        self.pairs = pairs
        self.thirdPairs = thirdPairs
        fourBytes = needles.allSatisfy { $0.count >= 4 }
        self.firstPairs = needles.map { $0.count >= 2 ? Int($0[0]) << 8 | Int($0[1]) : -1 }
    }

    /// An ASCII capital's small letter; any other byte as it is.
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// `found(in:)` of the haystack with ASCII capitals lower-cased, read in place.
    func found(lowercasing h: UnsafeBufferPointer<UInt8>) -> Bool {
        for needle in needles where needle.count < 2 {
            if needle.isEmpty || h.contains(where: { Self.lower($0) == needle[0] }) { return true }
        }
        guard h.count >= 2 else { return false }
        return pairs.withUnsafeBufferPointer { pairs -> Bool in
            thirdPairs.withUnsafeBufferPointer { thirdPairs -> Bool in
            // (Each byte lower-cased once: the second of one pair is the first of the next.)
            var previous = Int(Self.lower(h[0]))
            for i in 0..<(h.count - 1) {
                let next = Int(Self.lower(h[i + 1]))
                let key = previous << 8 | next
                previous = next
                guard pairs[key &>> 6] & (1 &<< UInt64(key & 63)) != 0 else { continue }
                if fourBytes {
                    // No needle of four bytes or more fits past the end.
                    guard i + 3 < h.count else { continue }
                    let third = Int(Self.lower(h[i + 2])) << 8 | Int(Self.lower(h[i + 3]))
                    guard thirdPairs[third &>> 6] & (1 &<< UInt64(third & 63)) != 0 else { continue }
                }
                for n in firstPairs.indices where firstPairs[n] == key && i + needles[n].count <= h.count {
                    var k = 2
                    while k < needles[n].count && Self.lower(h[i + k]) == needles[n][k] { k += 1 }
                    if k == needles[n].count { return true }
                }
            }
            return false
            }  // thirdPairs (the body above is left at its indentation)
        }
    }

    func found(in haystack: [UInt8]) -> Bool {
        // Needles shorter than two bytes are looked for one by one.
        for needle in needles where needle.count < 2 {
            if needle.isEmpty || haystack.contains(needle[0]) { return true }
        }
        return haystack.withUnsafeBufferPointer { h -> Bool in
            guard h.count >= 2 else { return false }
            return pairs.withUnsafeBufferPointer { pairs -> Bool in
                for i in 0..<(h.count - 1) {
                    let key = Int(h[i]) << 8 | Int(h[i + 1])
                    guard pairs[key &>> 6] & (1 &<< UInt64(key & 63)) != 0 else { continue }
                    // The needles read in place (by index: no copy of each).
                    for n in firstPairs.indices where firstPairs[n] == key && i + needles[n].count <= h.count {
                        var k = 2
                        while k < needles[n].count && h[i + k] == needles[n][k] { k += 1 }
                        if k == needles[n].count { return true }
                    }
                }
                return false
            }
        }
    }
}
