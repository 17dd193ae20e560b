package practice

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"time"

	"netprimer/app/i18n"
)

// The progress file: what the browser keeps and a student exports and
// imports, a JSON object of version 1:
//
//	{
//	  "format": "netprimer-practice-progress",
//	  "version": 1,
//	  "skills": [
//	    {"id": "ipaddress.broadcast", "level": "familiar", "box": 0,
//	     "due": "2026-11-26T09:30:00Z", "right": 1, "wrong": 0, "top": 2,
//	     "last": "2026-11-25T09:30:00Z"}
//	  ]
//	}
//
// A student may edit the file, so ParseProgress checks all of it and
// refuses anything else with an error in both languages, never a panic:
// another format or version, unknown or repeated keys, unknown or
// repeated skills, a level that is no level, numbers out of range, times
// that are not RFC 3339 or not between 2000 and 2999, a due time where
// the level has none or none where it has one, and a file over
// MaxProgressBytes.

// ProgressFormat names the file's format in its "format" member.
const ProgressFormat = "netprimer-practice-progress"

// ProgressVersion is the version of the file this package writes and
// reads.
const ProgressVersion = 1

// MaxProgressBytes caps the file: every skill's record fits in a few
// kilobytes.
const MaxProgressBytes = 64 << 10

// maxCount caps the counts of answers in a file.
const maxCount = 1_000_000

// ImportError is why a progress file was refused.
type ImportError struct {
	Msg i18n.T
}

func (e *ImportError) Error() string { return "practice: progress file: " + e.Msg.En }

func importErr(ko, en string) error { return &ImportError{Msg: i18n.T{Ko: ko, En: en}} }

type fileJSON struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	Skills  []skillJSON `json:"skills"`
}

type skillJSON struct {
	ID    string  `json:"id"`
	Level string  `json:"level"`
	Box   int     `json:"box"`
	Due   *string `json:"due,omitempty"`
	Right int     `json:"right"`
	Wrong int     `json:"wrong"`
	Top   int     `json:"top"`
	Last  string  `json:"last"`
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Export returns the progress as the progress file, skills in course
// order.
func (p Progress) Export() []byte {
	f := fileJSON{Format: ProgressFormat, Version: ProgressVersion, Skills: []skillJSON{}}
	for _, sk := range append(registry[:len(registry):len(registry)], labRegistry...) {
		s, ok := p.skills[sk.ID]
		if !ok {
			continue
		}
		j := skillJSON{ID: sk.ID, Level: s.Level.String(), Box: s.Box, Right: s.Right, Wrong: s.Wrong, Top: s.Top, Last: stamp(s.Last)}
		if !s.Due.IsZero() {
			d := stamp(s.Due)
			j.Due = &d
		}
		f.Skills = append(f.Skills, j)
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		panic(err) // a struct of strings and ints always marshals
	}
	return append(b, '\n')
}

// ParseProgress reads a progress file.
func ParseProgress(data []byte) (Progress, error) {
	if len(data) > MaxProgressBytes {
		return Progress{}, importErr("진도 파일이 너무 큽니다.", "the file is too large.")
	}
	if err := checkKeys(data); err != nil {
		return Progress{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f fileJSON
	if err := dec.Decode(&f); err != nil {
		return Progress{}, importErr("진도 파일의 형식이 맞지 않습니다: "+err.Error(), "it does not have the file's shape: "+err.Error())
	}
	if _, err := dec.Token(); err != io.EOF {
		return Progress{}, importErr("진도 파일 뒤에 다른 내용이 있습니다.", "something follows the file's object.")
	}
	if f.Format != ProgressFormat {
		return Progress{}, importErr("Netprimer의 진도 파일이 아닙니다.", "it is not a Netprimer progress file.")
	}
	if f.Version != ProgressVersion {
		if f.Version > ProgressVersion {
			return Progress{}, importErr("더 새로운 Netprimer가 만든 진도 파일입니다 (버전 "+strconv.Itoa(f.Version)+").", "a newer Netprimer made it (version "+strconv.Itoa(f.Version)+").")
		}
		return Progress{}, importErr("알 수 없는 버전입니다: "+strconv.Itoa(f.Version), "unknown version "+strconv.Itoa(f.Version)+".")
	}
	p := Progress{skills: map[string]SkillProgress{}}
	for _, j := range f.Skills {
		s, err := j.parse()
		if err != nil {
			return Progress{}, err
		}
		if _, dup := p.skills[j.ID]; dup {
			return Progress{}, importErr("같은 기술이 두 번 있습니다: "+j.ID, "the skill "+j.ID+" appears twice.")
		}
		p.skills[j.ID] = s
	}
	return p, nil
}

func (j skillJSON) parse() (SkillProgress, error) {
	bad := func(ko, en string) (SkillProgress, error) {
		return SkillProgress{}, importErr(j.ID+": "+ko, j.ID+": "+en)
	}
	if find(j.ID) == nil {
		return SkillProgress{}, importErr("알 수 없는 기술입니다: "+strconv.Quote(j.ID), "unknown skill "+strconv.Quote(j.ID)+".")
	}
	var s SkillProgress
	for m := Attempted; m <= Mastered; m++ {
		if j.Level == m.String() {
			s.Level = m
		}
	}
	switch {
	case s.Level == NotStarted:
		return bad("수준이 맞지 않습니다: "+strconv.Quote(j.Level), "the level "+strconv.Quote(j.Level)+" is none of attempted, familiar, proficient, mastered.")
	case j.Box < 0 || j.Box >= len(Intervals):
		return bad("box는 0에서 "+strconv.Itoa(len(Intervals)-1)+"까지입니다.", "box goes from 0 to "+strconv.Itoa(len(Intervals)-1)+".")
	case j.Right < 0 || j.Right > maxCount || j.Wrong < 0 || j.Wrong > maxCount:
		return bad("답의 개수가 범위를 벗어났습니다.", "a count of answers is out of range.")
	case j.Top < 0 || j.Top > MaxLevel:
		return bad("top은 0에서 3까지입니다.", "top goes from 0 to 3.")
	case (j.Due != nil) != (s.Level >= Familiar):
		return bad("익숙함 이상의 수준에만 복습 시각(due)이 있습니다.", "a due time goes with the levels familiar and above, and only with them.")
	}
	s.Box, s.Right, s.Wrong, s.Top = j.Box, j.Right, j.Wrong, j.Top
	var err error
	if s.Last, err = parseStamp(j.Last); err != nil {
		return bad("last: "+err.Error(), "last: "+err.Error())
	}
	if j.Due != nil {
		if s.Due, err = parseStamp(*j.Due); err != nil {
			return bad("due: "+err.Error(), "due: "+err.Error())
		}
	}
	return s, nil
}

var errStamp = errors.New("not an RFC 3339 time between the years 2000 and 2999")

func parseStamp(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || t.Year() < 2000 || t.Year() > 2999 {
		return time.Time{}, errStamp
	}
	return t.UTC().Truncate(time.Second), nil
}

// checkKeys walks the JSON's tokens and refuses repeated keys in an
// object, which encoding/json would quietly take the last of, and
// nesting deeper than the file has.
func checkKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		keys   map[string]bool
		object bool
		key    bool // the next string token is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return importErr("JSON이 아닙니다: "+err.Error(), "it is not JSON: "+err.Error())
		}
		top := len(stack) - 1
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) >= 4 {
					return importErr("진도 파일의 형식이 맞지 않습니다: 너무 깊습니다.", "it does not have the file's shape: it nests too deep.")
				}
				if top >= 0 && stack[top].object {
					stack[top].key = true
				}
				stack = append(stack, frame{keys: map[string]bool{}, object: v == '{', key: v == '{'})
			default:
				stack = stack[:top]
			}
			continue
		case string:
			if top >= 0 && stack[top].object && stack[top].key {
				if stack[top].keys[v] {
					return importErr("같은 키가 두 번 있습니다: "+strconv.Quote(v), "the key "+strconv.Quote(v)+" appears twice.")
				}
				stack[top].keys[v] = true
				stack[top].key = false
				continue
			}
		}
		if top >= 0 && stack[top].object {
			stack[top].key = true
		}
	}
}
