package cozecore

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
)

// rsaSigner holds a service app's private key and signs the JWTs the core
// builds (SIGN actions) with RS256: RSASSA-PKCS1-v1_5 over SHA-256. The key
// never crosses into the core, and no error made here quotes it.
type rsaSigner struct {
	key *rsa.PrivateKey
}

// String never shows the key.
func (s *rsaSigner) String() string { return "rsaSigner{[redacted]}" }

// GoString is String, for %#v.
func (s *rsaSigner) GoString() string { return s.String() }

// parsePrivateKey reads an RSA private key from PEM: PKCS#8 ("PRIVATE
// KEY") or PKCS#1 ("RSA PRIVATE KEY"). Its errors say what is wrong with
// the key without any of its text.
func parsePrivateKey(pemText string) (*rsaSigner, error) {
	if strings.TrimSpace(pemText) == "" {
		return nil, errors.New("the private key is empty (a PEM RSA private key is needed)")
	}
	block, _ := pem.Decode([]byte(strings.TrimSpace(pemText)))
	if block == nil {
		return nil, errors.New("the private key is not PEM (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)")
	}
	if len(block.Headers) > 0 {
		return nil, errors.New("the private key is encrypted or has PEM headers; give an unencrypted PKCS#8 or PKCS#1 key")
	}
	switch block.Type {
	case "PRIVATE KEY":
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return nil, errors.New("the PKCS#8 private key (BEGIN PRIVATE KEY) could not be parsed")
		}
		rk, ok := k.(*rsa.PrivateKey)
		if !ok {
			return nil, errors.New("the private key is not an RSA key (RS256 needs RSA)")
		}
		return &rsaSigner{key: rk}, nil
	case "RSA PRIVATE KEY":
		k, err := x509.ParsePKCS1PrivateKey(block.Bytes)
		if err != nil {
			return nil, errors.New("the PKCS#1 private key (BEGIN RSA PRIVATE KEY) could not be parsed")
		}
		return &rsaSigner{key: k}, nil
	case "ENCRYPTED PRIVATE KEY":
		return nil, errors.New("the private key is encrypted; give an unencrypted PKCS#8 or PKCS#1 key")
	}
	return nil, errors.New("the PEM block is a " + block.Type + ", not a private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY)")
}

// sign is the RS256 signature of input.
func (s *rsaSigner) sign(input string) ([]byte, error) {
	sum := sha256.Sum256([]byte(input))
	sig, err := rsa.SignPKCS1v15(rand.Reader, s.key, crypto.SHA256, sum[:])
	if err != nil {
		return nil, errors.New("RS256 signing failed: " + err.Error())
	}
	return sig, nil
}
