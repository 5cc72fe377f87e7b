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
    func index(holding offset: Int) -> Int? {
        let i = partitionPoint { $0.upperBound > offset }
        return i < count && self[i].lowerBound <= offset ? i : nil
    }
}
