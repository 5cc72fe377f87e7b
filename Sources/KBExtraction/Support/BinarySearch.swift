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
