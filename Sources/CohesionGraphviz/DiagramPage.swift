import Foundation

/// The page a diagram is fitted to: its drawing is scaled to fit inside the page's width and
/// height less a margin (Graphviz `size`).
///
/// Named pages are portrait; ``landscape`` turns one. The default page of the `render` command
/// is A4 landscape: measured on the bundled Lille and Nantes networks, the figures come out
/// 1.38:1 for one network and 1.46:1 for both side by side.
///
/// ```swift
/// DiagramPage.a4.landscape                       // 29.7 × 21 cm
/// try DiagramPage(parsing: "16x10cm")             // 16 × 10 cm
/// try DiagramPage(parsing: "letter")              // 8.5 × 11 in
/// ```
public struct DiagramPage: Hashable, Sendable, CustomStringConvertible {
    /// Width in inches.
    public var width: Double
    /// Height in inches.
    public var height: Double
    /// The margin kept on each side, in inches.
    public var margin: Double

    /// Creates a page of a size in inches.
    public init(width: Double, height: Double, margin: Double = 0.4) {
        self.width = width
        self.height = height
        self.margin = margin
    }

    /// ISO A4, portrait: 21 × 29.7 cm.
    public static let a4 = DiagramPage(width: 21 / 2.54, height: 29.7 / 2.54)
    /// US letter, portrait: 8.5 × 11 in.
    public static let letter = DiagramPage(width: 8.5, height: 11)

    /// The page turned so that it is wider than high.
    public var landscape: DiagramPage {
        DiagramPage(width: max(width, height), height: min(width, height), margin: margin)
    }

    /// The drawable width and height in inches: the page less its margins.
    public var drawable: (width: Double, height: Double) {
        (max(width - 2 * margin, 0.5), max(height - 2 * margin, 0.5))
    }

    /// A page from `a4`, `letter`, `a4-landscape`, `letter-landscape` or `WIDTHxHEIGHT` with a
    /// unit `cm`, `mm` or `in` (`16x10cm`, `6.5x4in`).
    ///
    /// - Throws: ``DiagramPageError`` naming the forms that are understood.
    public init(parsing text: String) throws {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        switch lower {
        case "a4": self = .a4
        case "a4-landscape", "a4landscape": self = DiagramPage.a4.landscape
        case "letter": self = .letter
        case "letter-landscape", "letterlandscape": self = DiagramPage.letter.landscape
        default:
            let units: [(String, Double)] = [("cm", 1 / 2.54), ("mm", 1 / 25.4), ("in", 1)]
            guard let (unit, factor) = units.first(where: { lower.hasSuffix($0.0) }) else { throw DiagramPageError(text: text) }
            let parts = lower.dropLast(unit.count).split(separator: "x")
            guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]),
                  w.isFinite, h.isFinite, w > 0, h > 0, w * factor <= 200, h * factor <= 200
            else { throw DiagramPageError(text: text) }
            self = DiagramPage(width: w * factor, height: h * factor, margin: min(0.4, min(w, h) * factor / 10))
        }
    }

    public var description: String {
        String(format: "%.1f × %.1f cm", locale: Locale(identifier: "en_US_POSIX"), width * 2.54, height * 2.54)
    }
}

/// A page size that could not be read.
public struct DiagramPageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text given.
    public var text: String
    public var description: String {
        "unknown page '\(text)': use a4, letter, a4-landscape, letter-landscape or WIDTHxHEIGHT in cm, mm or in (16x10cm)"
    }
}
