// NodeMeasureCatalogTool OUTPUT SOURCE...
//
// Reads the Swift sources of the Cohesion target and writes OUTPUT, a Swift file declaring
// `NodeMeasure.all`: every measure declared as
//
//     extension NodeMeasure {
//         public static let coreNumber = NodeMeasure(order: 180, name: "coreNumber", …
//
// listed by ascending `order` (the order tables list them). Comments and string literals are
// skipped, so a declaration quoted in documentation is not one. A declaration without a literal
// `order:` as its first argument, or two measures with the same order, is an error naming the
// file and line. Run by the NodeMeasureCatalog build-tool plugin; not part of the library.
import Foundation

struct Token {
    var text: String
    var line: Int
}

/// The code tokens of a Swift source: identifiers and numbers as words, other characters one by
/// one; comments dropped and each string literal (with its interpolations) one `"` token.
func tokens(of source: String) -> [Token] {
    let chars = Array(source.unicodeScalars)
    var result: [Token] = []
    var i = 0
    var line = 1

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < chars.count ? chars[i + k] : nil }
    func advance() {
        if chars[i] == "\n" { line += 1 }
        i += 1
    }
    func isWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || CharacterSet.alphanumerics.contains(c)
    }
    func skipBlockComment() {
        // At "/*"; Swift block comments nest.
        var depth = 0
        while i < chars.count {
            if peek() == "/" && peek(1) == "*" { depth += 1; advance(); advance() }
            else if peek() == "*" && peek(1) == "/" {
                depth -= 1; advance(); advance()
                if depth == 0 { return }
            } else { advance() }
        }
    }
    // Skips a string literal starting at i (at its leading '#'s or quote), interpolations included.
    func skipString() {
        var hashes = 0
        while peek() == "#" { hashes += 1; advance() }
        let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
        let quotes = multiline ? 3 : 1
        for _ in 0..<quotes { advance() }
        func closes() -> Bool {
            for k in 0..<quotes where peek(k) != "\"" { return false }
            for k in 0..<hashes where peek(quotes + k) != "#" { return false }
            return true
        }
        while i < chars.count {
            if closes() {
                for _ in 0..<(quotes + hashes) { advance() }
                return
            }
            if peek() == "\\" {
                var k = 1
                var matched = true
                for _ in 0..<hashes { if peek(k) != "#" { matched = false; break }; k += 1 }
                guard matched else { advance(); continue }   // a raw string's plain backslash
                if peek(k) == "(" {
                    for _ in 0...k { advance() }
                    skipCode(untilParenthesis: true)
                    continue
                }
                // An escape: the backslash, the hashes and the escaped character.
                for _ in 0..<k where i < chars.count { advance() }
                if i < chars.count { advance() }
                continue
            }
            if !multiline && peek() == "\n" { return }   // unterminated: the compiler says so
            advance()
        }
    }
    // Reads code, appending tokens; with `untilParenthesis`, stops after the ')' closing an interpolation.
    func skipCode(untilParenthesis: Bool) {
        var depth = 0
        while i < chars.count {
            let c = chars[i]
            if c == "/" && peek(1) == "/" {
                while i < chars.count && chars[i] != "\n" { advance() }
            } else if c == "/" && peek(1) == "*" {
                skipBlockComment()
            } else if c == "\"" || (c == "#" && (peek(1) == "\"" || peek(1) == "#")) {
                let start = line
                skipString()
                if !untilParenthesis { result.append(Token(text: "\"", line: start)) }
            } else if isWord(c) {
                let start = i
                while i < chars.count && isWord(chars[i]) { advance() }
                if !untilParenthesis {
                    result.append(Token(text: String(String.UnicodeScalarView(chars[start..<i])), line: line))
                }
            } else if c.properties.isWhitespace {
                advance()
            } else {
                if untilParenthesis {
                    if c == "(" { depth += 1 }
                    if c == ")" {
                        if depth == 0 { advance(); return }
                        depth -= 1
                    }
                } else {
                    result.append(Token(text: String(c), line: line))
                }
                advance()
            }
        }
    }
    skipCode(untilParenthesis: false)
    return result
}

struct Declaration {
    var name: String
    var order: Int
    var file: String
    var line: Int
}

struct Failure: Error {
    var message: String
}

/// The measures a file declares: `static let NAME = NodeMeasure(order: N` directly inside an
/// `extension NodeMeasure` (or `Cohesion.NodeMeasure`).
func declarations(in source: String, file: String) throws -> [Declaration] {
    let t = tokens(of: source)
    var found: [Declaration] = []
    var depth = 0
    var measureBodies: [Int] = []   // brace depths of open `extension NodeMeasure { … }` bodies
    var pendingExtension = false
    var i = 0
    func text(_ k: Int) -> String? { k < t.count ? t[k].text : nil }
    while i < t.count {
        let word = t[i].text
        if word == "extension" {
            var k = i + 1
            if text(k) == "Cohesion" && text(k + 1) == "." { k += 2 }
            pendingExtension = text(k) == "NodeMeasure" && text(k + 1) != "."
        } else if word == "{" {
            depth += 1
            if pendingExtension { measureBodies.append(depth); pendingExtension = false }
        } else if word == "}" {
            if measureBodies.last == depth { measureBodies.removeLast() }
            depth -= 1
        } else if word == "static", text(i + 1) == "let", let name = text(i + 2), text(i + 3) == "=",
                  text(i + 4) == "NodeMeasure", text(i + 5) == "(" {
            guard measureBodies.last == depth else {
                throw Failure(message: "\(file):\(t[i].line): error: NodeMeasure '\(name)' is declared outside an `extension NodeMeasure`; NodeMeasure.all lists only measures declared in one")
            }
            guard text(i + 6) == "order", text(i + 7) == ":", let number = text(i + 8), let order = Int(number),
                  text(i + 9) == "," else {
                throw Failure(message: "\(file):\(t[i].line): error: NodeMeasure '\(name)' needs a whole-number literal `order:` as its first argument (its place in NodeMeasure.all)")
            }
            found.append(Declaration(name: name, order: order, file: file, line: t[i].line))
            i += 9
            continue
        }
        i += 1
    }
    return found
}

func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    guard let output = arguments.first else {
        throw Failure(message: "usage: NodeMeasureCatalogTool OUTPUT SOURCE...")
    }
    let paths = Array(arguments.dropFirst())
    // Files are named in the output relative to the folder holding them all (the target's).
    var root = paths.first.map { ($0 as NSString).deletingLastPathComponent } ?? ""
    while !root.isEmpty, !paths.allSatisfy({ $0.hasPrefix(root + "/") }) {
        let up = (root as NSString).deletingLastPathComponent
        root = up == root ? "" : up
    }
    var measures: [Declaration] = []
    for path in paths {
        let shown = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        guard source.contains("NodeMeasure") else { continue }
        measures += try declarations(in: source, file: shown)
    }
    measures.sort { ($0.order, $0.name) < ($1.order, $1.name) }
    for (a, b) in zip(measures, measures.dropFirst()) where a.order == b.order {
        throw Failure(message: "\(b.file):\(b.line): error: NodeMeasure '\(b.name)' has order \(b.order), as '\(a.name)' (\(a.file):\(a.line)) has; each measure needs its own")
    }
    let width = measures.map(\.name.count).max() ?? 0
    var text = """
        // Generated by the NodeMeasureCatalog build-tool plugin (Plugins/NodeMeasureCatalog) from the
        // `static let … = NodeMeasure(order: …` declarations of this target. Do not edit: declare a
        // measure in its own file instead.

        extension NodeMeasure {
            /// Every per-stakeholder measure, in the order tables list them: by ascending
            /// ``NodeMeasure/order``.
            ///
            /// The list is written when the library is built, from every `static let` of an
            /// `extension NodeMeasure` whose initializer begins with `order:`; a new measure's
            /// own file is all it takes.
            ///
            /// ```swift
            /// NodeMeasure.all.map(\\.name)   // ["degree", "inDegree", …]
            /// ```
            public static let all: [NodeMeasure] = [

        """
    for m in measures {
        let entry = ".\(m.name),"
        text += "        \(entry.padding(toLength: width + 3, withPad: " ", startingAt: 0))// \(m.order): \(m.file)\n"
    }
    text += "    ]\n}\n"
    try text.write(toFile: output, atomically: true, encoding: .utf8)
}

do {
    try main()
} catch let failure as Failure {
    FileHandle.standardError.write(Data((failure.message + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("NodeMeasureCatalogTool: \(error)\n".utf8))
    exit(1)
}
