package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/big"
	"strings"
	"testing"
)

// intCases are texts for int(text, 0): every form of literal, Unicode
// digits and spaces, and the limit of 4300 decimal digits. The expected
// hex() of the value (or its SHA-256 when long) and errors were printed
// by CPython 3.11.7; TestCPython asks it again.
var intCases = []struct {
	in, want, err string
}{
	{"1234", "0x4d2", ""},    // the deck's number
	{"0x1234", "0x1234", ""}, // hexadecimal
	{"0X1234", "0x1234", ""}, // upper-case prefix
	{"0o17", "0xf", ""},      // octal
	{"0b1010", "0xa", ""},    // binary
	{"0b", "", "ValueError: invalid literal for int() with base 0: '0b'"}, // a prefix alone
	{"0x", "", "ValueError: invalid literal for int() with base 0: '0x'"}, // a prefix alone
	{"0o", "", "ValueError: invalid literal for int() with base 0: '0o'"}, // a prefix alone
	{"-1", "-0x1", ""},     // negative
	{"+1", "0x1", ""},      // a plus sign
	{" 42 ", "0x2a", ""},   // spaces around
	{"\t42\n", "0x2a", ""}, // tab and newline around
	{"1_000", "0x3e8", ""}, // an underscore
	{"1__000", "", "ValueError: invalid literal for int() with base 0: '1__000'"}, // two underscores
	{"_1", "", "ValueError: invalid literal for int() with base 0: '_1'"},         // a leading underscore
	{"1_", "", "ValueError: invalid literal for int() with base 0: '1_'"},         // a trailing underscore
	{"0x_ff", "0xff", ""}, // underscore after the prefix
	{"0x__ff", "", "ValueError: invalid literal for int() with base 0: '0x__ff'"}, // two after the prefix
	{"0_0", "0x0", ""}, // zero with an underscore
	{"00", "0x0", ""},  // zeros
	{"010", "", "ValueError: invalid literal for int() with base 0: '010'"}, // C-style octal
	{"0_7", "", "ValueError: invalid literal for int() with base 0: '0_7'"}, // C-style octal with underscore
	{"-0", "0x0", ""}, // minus zero
	{"- 1", "", "ValueError: invalid literal for int() with base 0: '- 1'"}, // space after the sign
	{"--1", "", "ValueError: invalid literal for int() with base 0: '--1'"}, // two signs
	{"", "", "ValueError: invalid literal for int() with base 0: ''"},       // empty
	{" ", "", "ValueError: invalid literal for int() with base 0: ' '"},     // only a space
	{"+", "", "ValueError: invalid literal for int() with base 0: '+'"},     // only a sign
	{"1.5", "", "ValueError: invalid literal for int() with base 0: '1.5'"}, // a float
	{"1e3", "", "ValueError: invalid literal for int() with base 0: '1e3'"}, // an exponent
	{"\u0663", "0x3", ""},                     // Arabic-Indic three
	{"\u0661\u0662\u0663\u0664", "0x4d2", ""}, // Arabic-Indic 1234
	{"\u30001\u3000", "0x1", ""},              // ideographic spaces
	{"1\x1c", "", "ValueError: invalid literal for int() with base 0: '1\\x1c'"},                     // U+001C is whitespace to str but not to int
	{"\x1c1", "", "ValueError: invalid literal for int() with base 0: '\\x1c1'"},                     // nor before
	{"0b102", "", "ValueError: invalid literal for int() with base 0: '0b102'"},                      // 2 is no binary digit
	{"0o8", "", "ValueError: invalid literal for int() with base 0: '0o8'"},                          // 8 is no octal digit
	{"0xg", "", "ValueError: invalid literal for int() with base 0: '0xg'"},                          // g is no hex digit
	{"12abc", "", "ValueError: invalid literal for int() with base 0: '12abc'"},                      // letters after digits
	{"99999999999999999999999999", "0x52b7d2dcc80cd2e3ffffff", ""},                                   // beyond 64 bits
	{"0xffffffffffffffffffffffffffffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffff", ""}, // 160 bits
	{"\uff11\uff12\uff13", "0x7b", ""},                                                               // fullwidth digits
	{"\U0001d7d9\U0001d7da", "0xc", ""},                                                              // mathematical digits
	{"\u07c0", "0x0", ""},                                                                            // NKo zero
	{"\U00011f50", "", "ValueError: invalid literal for int() with base 0: '\\U00011f50'"},           // Kawi zero: Unicode 15, after CPython 3.11
	{"\U0001e4f0", "", "ValueError: invalid literal for int() with base 0: '\\U0001e4f0'"},           // Nag Mundari zero: Unicode 15
	{"1\x00", "", "ValueError: invalid literal for int() with base 0: '1\\x00'"},                     // an embedded NUL
	{"1\x002", "", "ValueError: invalid literal for int() with base 0: '1\\x002'"},                   // a NUL between digits
	{"0x\u0661", "0x1", ""},      // a prefix then an Arabic-Indic digit
	{"\u00a01\u2028", "0x1", ""}, // no-break space and line separator
	{"1\x7f", "", "ValueError: invalid literal for int() with base 0: '1\\x7f'"}, // DEL
	{"-0x8000", "-0x8000", ""}, // negative hexadecimal
	{"0B1", "0x1", ""},         // upper-case B
	{"0O7", "0x7", ""},         // upper-case O
	{"1 2", "", "ValueError: invalid literal for int() with base 0: '1 2'"},         // a space inside
	{"1\u00e9", "", "ValueError: invalid literal for int() with base 0: '1\u00e9'"}, // a letter beyond ASCII
	{"-\u0661", "-0x1", ""}, // sign then Arabic-Indic digit
	{"0\u0661", "", "ValueError: invalid literal for int() with base 0: '0\u0661'"},                            // zero then Arabic-Indic one: C-style octal
	{"9223372036854775807", "0x7fffffffffffffff", ""},                                                          // 2**63-1
	{"9223372036854775808", "0x8000000000000000", ""},                                                          // 2**63
	{"18446744073709551615", "0xffffffffffffffff", ""},                                                         // 2**64-1
	{"18446744073709551616", "0x10000000000000000", ""},                                                        // 2**64
	{"-9223372036854775808", "-0x8000000000000000", ""},                                                        // -2**63
	{"-9223372036854775809", "-0x8000000000000001", ""},                                                        // -2**63-1
	{strings.Repeat("1", 4300), "sha256:06540234a0fd4d655e49632106bc14d705d6feac7f72ebe4e81d1cc516b9f139", ""}, // the most decimal digits
	{strings.Repeat("1", 4301), "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                                          // one digit too many
	{strings.Repeat("0", 4301), "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                                          // zeros count too
	{strings.Repeat("1", 4301) + "_", "", "ValueError: invalid literal for int() with base 0: '1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"}, // a trailing underscore is found first
	{strings.Repeat("1", 4301) + "x", "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                                    // the limit is found first
	{"-" + strings.Repeat("1_", 4300) + "1", "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                             // underscores do not count
	{" " + strings.Repeat("9", 5000) + " ", "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                              // spaces around
	{"0x" + strings.Repeat("f", 5000), "sha256:a80eeddef0a1c63809ec19114c28c7208446e7be1d7ee2311dc735a3dbe0eff0", ""},                                                                                                                                                                                    // no limit in hexadecimal
	{"0b" + strings.Repeat("1", 5000), "sha256:98f1c980e6448d2301c720e4e00f35f8eafa04c34b7376cb931e361506c81de9", ""},                                                                                                                                                                                    // nor in binary
	{"0o" + strings.Repeat("7", 5000), "sha256:ba3cef0211a2facaa6b6e8a49d12fbfa871c2b5977f820f9ff54e592189646cf", ""},                                                                                                                                                                                    // nor in octal
	{strings.Repeat("x", 250), "", "ValueError: invalid literal for int() with base 0: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},        // the repr is cut at 200 characters
	{strings.Repeat("\u00e9", 250), "", "ValueError: invalid literal for int() with base 0: '\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"}, // characters, not bytes
	{strings.Repeat("\u0661", 4301), "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},                                                                                                          // Arabic-Indic digits count as digits
	{"1" + strings.Repeat(" ", 300) + "x", "", "ValueError: invalid literal for int() with base 0: '1                                                                                                                                                                                                      "}, // a long text cut inside the spaces
}

func TestParseInt(t *testing.T) {
	for _, c := range intCases {
		name := c.in
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			v, err := ParseInt(c.in)
			if c.err != "" {
				if err == nil || err.Error() != c.err {
					t.Fatalf("ParseInt(%.60q) = %v, %v; want %.300s", c.in, v.Hex(), err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseInt(%.60q): %v", c.in, err)
			}
			got := v.Hex()
			if strings.HasPrefix(c.want, "sha256:") {
				sum := sha256.Sum256([]byte(got))
				got = "sha256:" + hex.EncodeToString(sum[:])
			}
			if got != c.want {
				t.Fatalf("ParseInt(%.60q) = %s, want %s", c.in, got, c.want)
			}
			// The value agrees with big.Int's reading of the same digits.
			if b := v.Big(); BigIntOf(b).Hex() != v.Hex() || b.Text(16) != strings.Replace(v.Hex(), "0x", "", 1) {
				t.Errorf("Big() = %s, Hex() = %s", b.Text(16), v.Hex())
			}
		})
	}
}

func TestIntConversions(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	for _, c := range []struct {
		v        *big.Int
		i64      bool
		u64      bool
		sign     int
		hex, str string
	}{
		{big.NewInt(0), true, true, 0, "0x0", "0"},              // zero
		{big.NewInt(1234), true, true, 1, "0x4d2", "1234"},      // the deck's number
		{big.NewInt(-1234), true, false, -1, "-0x4d2", "-1234"}, // negative
		{big.NewInt(math.MaxInt64), true, true, 1, "0x7fffffffffffffff", "9223372036854775807"},
		{big.NewInt(math.MinInt64), true, false, -1, "-0x8000000000000000", "-9223372036854775808"},
		{new(big.Int).SetUint64(math.MaxUint64), false, true, 1, "0xffffffffffffffff", "18446744073709551615"},
		{two64, false, false, 1, "0x10000000000000000", "18446744073709551616"},
		{new(big.Int).Neg(two64), false, false, -1, "-0x10000000000000000", "-18446744073709551616"},
	} {
		t.Run(c.str, func(t *testing.T) {
			x := BigIntOf(c.v)
			c.v.SetInt64(7) // the Int keeps its own copy
			if _, ok := x.Int64(); ok != c.i64 {
				t.Errorf("Int64 ok = %v", ok)
			}
			if _, ok := x.Uint64(); ok != c.u64 {
				t.Errorf("Uint64 ok = %v", ok)
			}
			if x.Sign() != c.sign || x.Hex() != c.hex || x.String() != c.str {
				t.Errorf("Sign, Hex, String = %d, %s, %s", x.Sign(), x.Hex(), x.String())
			}
			if i, ok := x.Int64(); ok && IntOf(i) != x {
				t.Errorf("IntOf(%d) = %#v, want %#v", i, IntOf(i), x)
			}
			if y, err := ParseInt(c.str); err != nil || y.Hex() != x.Hex() {
				t.Errorf("ParseInt(String()) = %s, %v", y.Hex(), err)
			}
		})
	}
}
