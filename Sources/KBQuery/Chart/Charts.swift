import KBStorage

/// The two charts of `kb chart`, built from the canned questions.
public struct Charts: Sendable {
    let questions: Questions

    public init(kb: KnowledgeBase) {
        questions = Questions(kb: kb)
    }

    static func column(_ r: ResultSet, _ name: String) -> Int? { r.columns.firstIndex(of: name) }

    /// Goldstein mean per period for a dyad, marks sized by event count.
    public func relationsIndex(_ a: String = "north-korea", _ b: String = "south-korea", per period: Questions.Period = .year) throws -> SVGChart {
        let r = try questions.relationsIndex(a, b, per: period)
        guard let p = Self.column(r, "period"), let mean = Self.column(r, "goldstein_mean"), let n = Self.column(r, "events") else {
            throw QueryError(.database, thing: "chart", reason: "relations-index returned unexpected columns")
        }
        let points: [SVGChart.Point] = r.rows.compactMap { row in
            guard case .text(let period) = row[p], let time = SVGChart.time(of: period) else { return nil }
            let value: Double
            switch row[mean] { case .real(let v): value = v; case .integer(let v): value = Double(v); default: return nil }
            guard case .integer(let count) = row[n] else { return nil }
            return SVGChart.Point(time: time, value: value, label: "\(period): \(String(format: "%.1f", value)) (\(count))", weight: Double(count))
        }
        return SVGChart(title: "Relations index: \(a) and \(b)", subtitle: "Mean Goldstein score of asserted events per \(period.rawValue), both directions; marker size = number of events",
                        yLabel: "Goldstein mean (-10 conflict ... +10 cooperation)", points: points, connect: true)
    }

    /// Every event of the timeline (optionally filtered) at its date and Goldstein score.
    public func timeline(actor: String? = nil, place: String? = nil, from: String? = nil, to: String? = nil) throws -> SVGChart {
        let r = try questions.timeline(actor: actor, place: place, from: from, to: to, limit: 2000)
        guard let d = Self.column(r, "date"), let g = Self.column(r, "goldstein"), let c = Self.column(r, "code"),
              let s = Self.column(r, "source"), let t = Self.column(r, "target") else {
            throw QueryError(.database, thing: "chart", reason: "timeline returned unexpected columns")
        }
        let points: [SVGChart.Point] = r.rows.compactMap { row in
            guard case .text(let date) = row[d], let time = SVGChart.time(of: date), case .text(let code) = row[c] else { return nil }
            let value: Double
            switch row[g] { case .real(let v): value = v; case .integer(let v): value = Double(v); default: return nil }
            let root = Int(code.prefix(2)) ?? 0
            let quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4
            return SVGChart.Point(time: time, value: value, label: "\(date) \(code) \(row[s].text) → \(row[t].text)", quadClass: quad)
        }
        var filters = [actor.map { "actor \($0)" }, place.map { "place \($0)" }, from.map { "from \($0)" }, to.map { "to \($0)" }].compactMap { $0 }
        if filters.isEmpty { filters = ["all events"] }
        return SVGChart(title: "Timeline of events", subtitle: filters.joined(separator: ", ") + "; colour = CAMEO quad class",
                        yLabel: "Goldstein score (-10 conflict ... +10 cooperation)", points: points, connect: false)
    }
}

import Foundation
