import Foundation

/// Escaping for text that comes from input (names, labels, sources) before it enters HTML.
///
/// Every string a network file supplies passes through ``escaped(_:)`` (text and attribute
/// values alike), so a stakeholder named `<script>alert(1)</script>` shows as text.
public enum HTMLEscaping {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by entities.
    ///
    /// ```swift
    /// HTMLEscaping.escaped("<b>Léo & co</b>")   // "&lt;b&gt;Léo &amp; co&lt;/b&gt;"
    /// ```
    ///
    /// - Complexity: O(length).
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        out.append(text) { c in
            switch c {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
        return out
    }

    /// A URL safe to put in an `href`: only `http`, `https` and `mailto` links survive;
    /// anything else (`javascript:`, `data:`) gives nil.
    public static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased().trimmingSpaces()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") else { return nil }
        return escaped(url)
    }

    /// An SVG document made fit to inline: the XML prolog and doctype go, and so does anything
    /// that could run script (`<script>` elements, `on…` attributes, `javascript:` links).
    /// Graphviz already escapes labels; this is defence in depth.
    public static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        while let open = body.range(of: "<script", options: .caseInsensitive) {
            let close = body.range(of: "</script>", options: .caseInsensitive, range: open.upperBound..<body.endIndex)
            body.removeSubrange(open.lowerBound..<(close?.upperBound ?? body.endIndex))
        }
        body = removingEventAttributes(body)
        return body.replacingOccurrences(of: "javascript:", with: "", options: .caseInsensitive)
    }

    static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }

    static func removingEventAttributes(_ svg: String) -> String {
        var out = ""
        var scalars = svg.unicodeScalars[...]
        while let c = scalars.first {
            // An attribute starts after whitespace inside a tag: drop ` on…="…"`.
            if c == " ", scalars.count > 3 {
                let rest = scalars.dropFirst()
                let lower = String(String.UnicodeScalarView(rest.prefix(2))).lowercased()
                if lower == "on", let eq = rest.firstIndex(of: "="),
                   rest[rest.startIndex..<eq].allSatisfy(Self.isASCIIAlphanumeric) {
                    let afterEq = rest[rest.index(after: eq)...]
                    if let quote = afterEq.first, quote == "\"" || quote == "'",
                       let end = afterEq.dropFirst().firstIndex(of: quote) {
                        scalars = afterEq[afterEq.index(after: end)...]
                        continue
                    }
                }
            }
            out.unicodeScalars.append(c)
            scalars = scalars.dropFirst()
        }
        return out
    }
}

