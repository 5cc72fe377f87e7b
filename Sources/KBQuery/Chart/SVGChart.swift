import Foundation

/// Self-contained SVG charts: axes with dates and values, a title, a legend,
/// the zero line of the Goldstein scale, and a mark (class "mark") for every
/// plotted point, labelled. No fonts or scripts from outside the file.
public struct SVGChart: Sendable {
    public struct Point: Sendable {
        /// Position on the time axis, in fractional years (2020.5 is mid-2020).
        public let time: Double
        /// Goldstein value, -10 ... 10.
        public let value: Double
        /// Text next to the mark.
        public let label: String
        /// Relative size (event count for the relations index), 1 for a single event.
        public let weight: Double
        /// 1-4: the quad class that colours the mark; 0 for a neutral mark.
        public let quadClass: Int

        public init(time: Double, value: Double, label: String, weight: Double = 1, quadClass: Int = 0) {
            self.time = time
            self.value = value
            self.label = label
            self.weight = weight
            self.quadClass = quadClass
        }
    }

    public let title: String
    public let subtitle: String
    public let yLabel: String
    public let points: [Point]
    /// Join the points with a line (a series over periods) or not (events).
    public let connect: Bool

    public init(title: String, subtitle: String, yLabel: String, points: [Point], connect: Bool) {
        self.title = title
        self.subtitle = subtitle
        self.yLabel = yLabel
        self.points = points
        self.connect = connect
    }

    static let quadColours = ["#6b7280", "#2563eb", "#16a34a", "#f59e0b", "#dc2626"]
    static let quadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

    /// Time in fractional years of a `YYYY[-MM[-DD]]` date (the middle of a year or month).
    public static func time(of date: String) -> Double? {
        let parts = date.split(separator: "-").compactMap { Double($0) }
        guard let year = parts.first else { return nil }
        if parts.count == 1 { return year + 0.5 }
        let month = parts[1]
        if parts.count == 2 { return year + (month - 0.5) / 12 }
        return year + (month - 1) / 12 + (parts[2] - 0.5) / 365.25
    }

    public func render(width: Double = 960, height: Double = 540) -> String {
        let left = 70.0, right = 200.0, top = 70.0, bottom = 60.0
        let plotW = width - left - right, plotH = height - top - bottom
        let times = points.map(\.time)
        var t0 = (times.min() ?? 2000).rounded(.down), t1 = (times.max() ?? 2001).rounded(.up)
        if t1 - t0 < 1 { t0 -= 0.5; t1 += 0.5 }
        let yMin = -10.0, yMax = 10.0
        func x(_ t: Double) -> Double { left + (t - t0) / (t1 - t0) * plotW }
        func y(_ v: Double) -> Double { top + (yMax - min(max(v, yMin), yMax)) / (yMax - yMin) * plotH }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func f(_ d: Double) -> String { String(format: "%.1f", d) }
        var s: [String] = []
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">")
        s.append("<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#ffffff\"/>")
        s.append("<text class=\"title\" x=\"\(f(left))\" y=\"30\" font-size=\"20\" font-weight=\"bold\" fill=\"#111827\">\(esc(title))</text>")
        s.append("<text class=\"subtitle\" x=\"\(f(left))\" y=\"52\" font-size=\"13\" fill=\"#4b5563\">\(esc(subtitle))</text>")
        // Value axis: the Goldstein scale with its zero line.
        for v in stride(from: yMin, through: yMax, by: 5) {
            s.append("<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(v)))\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>")
            s.append("<text class=\"y-tick\" x=\"\(f(left - 8))\" y=\"\(f(y(v) + 4))\" font-size=\"12\" text-anchor=\"end\" fill=\"#374151\">\(Int(v))</text>")
        }
        s.append("<line class=\"zero-line\" x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(0)))\" stroke=\"#111827\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
        s.append("<text class=\"y-label\" x=\"18\" y=\"\(f(top + plotH / 2))\" font-size=\"13\" fill=\"#111827\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f(top + plotH / 2)))\">\(esc(yLabel))</text>")
        // Time axis: years, thinned to at most about 12 ticks.
        let span = t1 - t0
        let step = [1, 2, 5, 10, 20, 50].first { span / Double($0) <= 12 } ?? 100
        s.append("<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\" stroke=\"#111827\" stroke-width=\"1\"/>")
        s.append("<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotH))\" stroke=\"#111827\" stroke-width=\"1\"/>")
        var year = Int((t0 / Double(step)).rounded(.up)) * step
        while Double(year) <= t1 {
            s.append("<line x1=\"\(f(x(Double(year))))\" y1=\"\(f(top + plotH))\" x2=\"\(f(x(Double(year))))\" y2=\"\(f(top + plotH + 5))\" stroke=\"#111827\"/>")
            s.append("<text class=\"x-tick\" x=\"\(f(x(Double(year))))\" y=\"\(f(top + plotH + 20))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#374151\">\(year)</text>")
            year += step
        }
        s.append("<text class=\"x-label\" x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 12))\" font-size=\"13\" text-anchor=\"middle\" fill=\"#111827\">date</text>")
        if connect, points.count > 1 {
            let path = points.sorted { $0.time < $1.time }.map { "\(f(x($0.time))),\(f(y($0.value)))" }.joined(separator: " ")
            s.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\"/>")
        }
        let maxWeight = points.map(\.weight).max() ?? 1
        // Every point gets a mark; labels go where they overlap no other label
        // (right of the mark, else left of it), so the chart stays readable.
        var placed: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        for p in points {
            let r = connect ? 3 + 6 * sqrt(p.weight / max(maxWeight, 1)) : 4
            let cx = x(p.time), cy = y(p.value)
            s.append("<circle class=\"mark\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(Self.quadColours[min(max(p.quadClass, 0), 4)])\" fill-opacity=\"0.8\" stroke=\"#111827\" stroke-width=\"0.5\"><title>\(esc(p.label))</title></circle>")
            let text = String(p.label.prefix(28))
            let w = Double(text.count) * 5.2, h = 10.0
            for side in [1.0, -1.0] {
                let x0 = side > 0 ? cx + r + 2 : cx - r - 2 - w
                let box = (x0: x0, y0: cy - r - 2 - h, x1: x0 + w, y1: cy - r - 2)
                guard box.x0 >= left, box.x1 <= left + plotW, box.y0 >= top else { continue }
                if placed.contains(where: { box.x0 < $0.x1 && $0.x0 < box.x1 && box.y0 < $0.y1 && $0.y0 < box.y1 }) { continue }
                placed.append(box)
                s.append("<text class=\"mark-label\" x=\"\(f(box.x0))\" y=\"\(f(box.y1))\" font-size=\"9\" fill=\"#374151\">\(esc(text))</text>")
                break
            }
        }
        // Legend.
        let lx = left + plotW + 20
        s.append("<text class=\"legend-title\" x=\"\(f(lx))\" y=\"\(f(top + 10))\" font-size=\"13\" font-weight=\"bold\" fill=\"#111827\">Legend</text>")
        var ly = top + 32
        let classes = Set(points.map(\.quadClass)).sorted()
        for q in classes {
            s.append("<circle cx=\"\(f(lx + 6))\" cy=\"\(f(ly - 4))\" r=\"6\" fill=\"\(Self.quadColours[q])\"/>")
            s.append("<text class=\"legend\" x=\"\(f(lx + 18))\" y=\"\(f(ly))\" font-size=\"12\" fill=\"#111827\">\(q == 0 ? (connect ? "period (size: events)" : "event") : Self.quadNames[q])</text>")
            ly += 20
        }
        s.append("<line x1=\"\(f(lx))\" y1=\"\(f(ly))\" x2=\"\(f(lx + 14))\" y2=\"\(f(ly))\" stroke=\"#111827\" stroke-dasharray=\"6 4\"/>")
        s.append("<text class=\"legend\" x=\"\(f(lx + 18))\" y=\"\(f(ly + 4))\" font-size=\"12\" fill=\"#111827\">Goldstein 0 (neutral)</text>")
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
