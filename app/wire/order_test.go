package wire

import (
	"encoding/hex"
	"strings"
	"testing"
)

// orderFuncs name the columns of orderCases.
var orderFuncs = []string{"htons", "ntohs", "htonl", "ntohl",
	"!H", ">H", "<H", "=H", "@H", "H", "!I", ">I", "<I", "=I", "@I", "I"}

// orderCases are the boundary values of the byte order functions and of
// struct.pack, each with hex() of what socket's functions return and the
// packed bytes in hexadecimal, or the exception. They were printed by
// CPython 3.11.7 on x86-64 Linux, a little-endian host;
// TestCPython asks it again.
var orderCases = []struct {
	in   string
	want []string
}{
	{"0", []string{"0x0", "0x0", "0x0", "0x0", "0000", "0000", "0000", "0000", "0000", "0000", "00000000", "00000000", "00000000", "00000000", "00000000", "00000000"}},
	{"1", []string{"0x100", "0x100", "0x1000000", "0x1000000", "0001", "0001", "0100", "0100", "0100", "0100", "00000001", "00000001", "01000000", "01000000", "01000000", "01000000"}},
	{"255", []string{"0xff00", "0xff00", "0xff000000", "0xff000000", "00ff", "00ff", "ff00", "ff00", "ff00", "ff00", "000000ff", "000000ff", "ff000000", "ff000000", "ff000000", "ff000000"}},
	{"256", []string{"0x1", "0x1", "0x10000", "0x10000", "0100", "0100", "0001", "0001", "0001", "0001", "00000100", "00000100", "00010000", "00010000", "00010000", "00010000"}},
	{"1234", []string{"0xd204", "0xd204", "0xd2040000", "0xd2040000", "04d2", "04d2", "d204", "d204", "d204", "d204", "000004d2", "000004d2", "d2040000", "d2040000", "d2040000", "d2040000"}},
	{"4660", []string{"0x3412", "0x3412", "0x34120000", "0x34120000", "1234", "1234", "3412", "3412", "3412", "3412", "00001234", "00001234", "34120000", "34120000", "34120000", "34120000"}},
	{"65535", []string{"0xffff", "0xffff", "0xffff0000", "0xffff0000", "ffff", "ffff", "ffff", "ffff", "ffff", "ffff", "0000ffff", "0000ffff", "ffff0000", "ffff0000", "ffff0000", "ffff0000"}},
	{"65536", []string{"OverflowError: htons: Python int too large to convert to C 16-bit unsigned integer", "OverflowError: ntohs: Python int too large to convert to C 16-bit unsigned integer", "0x100", "0x100", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "00010000", "00010000", "00000100", "00000100", "00000100", "00000100"}},
	{"2147483647", []string{"OverflowError: htons: Python int too large to convert to C 16-bit unsigned integer", "OverflowError: ntohs: Python int too large to convert to C 16-bit unsigned integer", "0xffffff7f", "0xffffff7f", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "7fffffff", "7fffffff", "ffffff7f", "ffffff7f", "ffffff7f", "ffffff7f"}},
	{"2147483648", []string{"OverflowError: signed integer is greater than maximum", "OverflowError: signed integer is greater than maximum", "0x80", "0x80", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "80000000", "80000000", "00000080", "00000080", "00000080", "00000080"}},
	{"4294967295", []string{"OverflowError: signed integer is greater than maximum", "OverflowError: signed integer is greater than maximum", "0xffffffff", "0xffffffff", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "ffffffff", "ffffffff", "ffffffff", "ffffffff", "ffffffff", "ffffffff"}},
	{"4294967296", []string{"OverflowError: signed integer is greater than maximum", "OverflowError: signed integer is greater than maximum", "OverflowError: int larger than 32 bits", "OverflowError: int larger than 32 bits", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295"}},
	{"9223372036854775807", []string{"OverflowError: signed integer is greater than maximum", "OverflowError: signed integer is greater than maximum", "OverflowError: int larger than 32 bits", "OverflowError: int larger than 32 bits", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295"}},
	{"9223372036854775808", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: int larger than 32 bits", "OverflowError: int larger than 32 bits", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295"}},
	{"18446744073709551615", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: int larger than 32 bits", "OverflowError: int larger than 32 bits", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: 'H' format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295", "struct.error: 'I' format requires 0 <= number <= 4294967295"}},
	{"18446744073709551616", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C unsigned long", "OverflowError: Python int too large to convert to C unsigned long", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"1267650600228229401496703205376", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C unsigned long", "OverflowError: Python int too large to convert to C unsigned long", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-1", []string{"OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: ntohs: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-65535", []string{"OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: ntohs: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-65536", []string{"OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: ntohs: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-2147483648", []string{"OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: ntohs: can't convert negative Python int to C 16-bit unsigned integer", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-2147483649", []string{"OverflowError: signed integer is less than minimum", "OverflowError: signed integer is less than minimum", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-9223372036854775808", []string{"OverflowError: signed integer is less than minimum", "OverflowError: signed integer is less than minimum", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: ushort format requires 0 <= number <= 65535", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-9223372036854775809", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-18446744073709551616", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
	{"-1267650600228229401496703205376", []string{"OverflowError: Python int too large to convert to C long", "OverflowError: Python int too large to convert to C long", "OverflowError: can't convert negative value to unsigned int", "OverflowError: can't convert negative value to unsigned int", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range", "struct.error: argument out of range"}},
}

// orderResult returns what the function of orderFuncs[i] gives for x on
// a host of byte order host, as orderCases writes it.
func orderResult(i int, x Int, host Order) string {
	var v uint32
	var err error
	switch name := orderFuncs[i]; name {
	case "htons":
		var s uint16
		s, err = Htons(x, host)
		v = uint32(s)
	case "ntohs":
		var s uint16
		s, err = Ntohs(x, host)
		v = uint32(s)
	case "htonl":
		v, err = Htonl(x, host)
	case "ntohl":
		v, err = Ntohl(x, host)
	default:
		p, err := Pack(name, x, host)
		if err != nil {
			return err.Error()
		}
		return hex.EncodeToString(p)
	}
	if err != nil {
		return err.Error()
	}
	return IntOf(int64(v)).Hex()
}

func TestByteOrderFunctions(t *testing.T) {
	for _, c := range orderCases {
		x, err := ParseInt(c.in)
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range c.want {
			t.Run(orderFuncs[i]+"/"+c.in, func(t *testing.T) {
				if got := orderResult(i, x, LittleEndian); got != want {
					t.Errorf("%s(%s) = %s, want %s", orderFuncs[i], c.in, got, want)
				}
			})
		}
	}
}

// TestBigEndianHost checks the host-dependent results against what a
// big-endian host must give, derived from the little-endian ones that
// CPython printed: the conversions are the identity, "=" and native
// formats are big-endian, and the native checks of H, with their words,
// move from "<" to ">" and "!".
func TestBigEndianHost(t *testing.T) {
	errorsOf := map[string]string{"!H": "<H", ">H": "<H", "<H": "!H", "!I": "<I", ">I": "<I", "<I": "!I"}
	col := map[string]int{}
	for i, f := range orderFuncs {
		col[f] = i
	}
	for _, c := range orderCases {
		x, _ := ParseInt(c.in)
		for i, f := range orderFuncs {
			want := c.want[i]
			raised := strings.Contains(want, ": ")
			switch {
			case i < 4 && !raised: // a conversion is the identity
				v, _ := x.Uint64()
				want = IntOf(int64(v)).Hex()
			case i < 4: // and raises as on any host
			case raised && errorsOf[f] != "":
				want = c.want[col[errorsOf[f]]]
			case !raised && errorsOf[f] == "": // native order: the bytes reversed
				p, _ := hex.DecodeString(want)
				for l, r := 0, len(p)-1; l < r; l, r = l+1, r-1 {
					p[l], p[r] = p[r], p[l]
				}
				want = hex.EncodeToString(p)
			}
			if got := orderResult(i, x, BigEndian); got != want {
				t.Errorf("%s(%s) on a big-endian host = %s, want %s", f, c.in, got, want)
			}
		}
	}
}

func TestLayout(t *testing.T) {
	for _, c := range []struct {
		v        uint32
		w        Width
		big, lit string
	}{
		{0x1234, W16, "1234", "3412"},             // the deck's story
		{1234, W16, "04d2", "d204"},               // the deck's number
		{0x7247dc5f, W32, "7247dc5f", "5fdc4772"}, // the deck's address
		{0, W32, "00000000", "00000000"},
		{0xffff, W16, "ffff", "ffff"},
	} {
		b, l := Layout(c.v, c.w, BigEndian), Layout(c.v, c.w, LittleEndian)
		if hex.EncodeToString(b) != c.big || hex.EncodeToString(l) != c.lit {
			t.Errorf("Layout(%#x, %d) = % x big, % x little; want %s, %s", c.v, c.w, b, l, c.big, c.lit)
		}
		if Read(b, BigEndian) != c.v || Read(l, LittleEndian) != c.v {
			t.Errorf("Read does not undo Layout for %#x", c.v)
		}
		if Read(b, LittleEndian) != Swap(c.v, c.w) {
			t.Errorf("%#x: big-endian bytes read as little-endian give %#x, not the swap %#x", c.v, Read(b, LittleEndian), Swap(c.v, c.w))
		}
	}
}

func TestOrderAndWidth(t *testing.T) {
	if NetworkOrder.String() != "big" || LittleEndian.String() != "little" || Order(0) != BigEndian {
		t.Error("order names")
	}
	if HostOrder() != LittleEndian { // amd64, arm64 and wasm alike
		t.Errorf("HostOrder() = %v on a little-endian test machine", HostOrder())
	}
	for _, c := range []struct {
		in   string
		want Width
		ok   bool
	}{{"16", W16, true}, {"32", W32, true}, {"", 0, false}, {"8", 0, false}, {"016", 0, false}, {"32 ", 0, false}} {
		w, err := ParseWidth(c.in)
		if w != c.want || (err == nil) != c.ok {
			t.Errorf("ParseWidth(%q) = %v, %v", c.in, w, err)
		}
	}
	if W16.Bytes() != 2 || W32.Bytes() != 4 || W16.Max() != 65535 || W32.Max() != 4294967295 {
		t.Error("width sizes")
	}
}

func TestTransfer(t *testing.T) {
	for _, c := range []struct {
		v        uint32
		w        Width
		from, to Order
		convert  bool
		wire     string
		got      uint32
	}{
		// The deck's story: host 1 (big-endian) sends 0x1234 to host 2
		// (little-endian), which reads 0x3412 (CPython agrees: see the
		// last line of PackSession).
		{0x1234, W16, BigEndian, LittleEndian, false, "1234", 0x3412},
		{0x1234, W16, LittleEndian, BigEndian, false, "3412", 0x3412},    // the other way round
		{0x1234, W16, LittleEndian, LittleEndian, false, "3412", 0x1234}, // same order: no harm
		{0x1234, W16, LittleEndian, BigEndian, true, "1234", 0x1234},     // htons and ntohs repair it
		{0x1234, W16, BigEndian, LittleEndian, true, "1234", 0x1234},
		{0x7247dc5f, W32, LittleEndian, BigEndian, false, "5fdc4772", 0x5fdc4772},
		{0x7247dc5f, W32, LittleEndian, LittleEndian, true, "7247dc5f", 0x7247dc5f},
	} {
		wire, got := Transfer(c.v, c.w, c.from, c.to, c.convert)
		if hex.EncodeToString(wire) != c.wire || got != c.got {
			t.Errorf("Transfer(%#x, %d, %v, %v, %v) = % x, %#x; want %s, %#x", c.v, c.w, c.from, c.to, c.convert, wire, got, c.wire, c.got)
		}
	}
}
