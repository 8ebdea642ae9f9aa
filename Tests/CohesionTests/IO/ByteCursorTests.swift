import Testing
@testable import Cohesion

/// The cursor the JSON and XML readers share: lines and columns as both report them.
@Suite("Byte cursor")
struct ByteCursorTests {
    @Test func countsLinesAndColumns() {
        Array("a\n \t\r\nbc".utf8).withUnsafeBufferPointer { bytes in
            var cursor = ByteCursor(b: bytes, file: "x")
            #expect(cursor.location == TextLocation(line: 1, column: 1))
            cursor.advance()
            cursor.skipSpace()
            #expect(cursor.location == TextLocation(line: 3, column: 1))
            #expect(cursor.matches("bc"))
            #expect(!cursor.matches("bcd"))   // runs past the end: no match, no trap
            cursor.advance()
            #expect(cursor.location == TextLocation(line: 3, column: 2))
        }
    }

    @Test func bothReadersNameTheLineOfAnError() throws {
        let json = Array("{\n  \"nodes\": [1,\n  }".utf8)
        #expect { try PositionedJSON.parse(json, file: "x.json") } throws: { error in
            "\(error)".contains("x.json:3:3") && "\(error)".contains("not valid JSON")
        }
        let xml = Array("<graphml>\n  <graph>\n  </graphml>".utf8)
        #expect { try XMLScanner(bytes: xml, file: "x.graphml").scan(wantsText: { false }) { _ in } } throws: { error in
            "\(error)".contains("x.graphml:3:3") && "\(error)".contains("malformed XML")
        }
    }
}
