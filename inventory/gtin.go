package inventory

import (
	"fmt"
	"strings"
)

// GTINKey normalises a barcode as a scanner or a feed may write it (EAN-8, UPC-A, EAN-13,
// GTIN-14, with or without leading zeros or spaces) to the 14-digit form used for lookup.
// It returns "" when s is not a barcode.
func GTINKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if len(s) < 8 || len(s) > 14 || !allDigits(s) {
		return ""
	}
	return strings.Repeat("0", 14-len(s)) + s
}

// CheckGTIN reports why s is not a valid GTIN, or nil if it is one.
func CheckGTIN(s string) error {
	key := GTINKey(s)
	if key == "" {
		return fmt.Errorf("%q is not 8 to 14 digits", s)
	}
	if want := gtinCheckDigit(key[:13]); key[13] != want {
		return fmt.Errorf("check digit of %s should be %c", s, want)
	}
	return nil
}

// gtinCheckDigit computes the GS1 mod-10 check digit for the 13 digits before it.
func gtinCheckDigit(body string) byte {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}
