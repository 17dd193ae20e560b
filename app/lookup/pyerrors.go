package lookup

import (
	"fmt"
	"syscall"

	"netprimer/app/api"
)

// pyError is an exception CPython's socket module raises: its class, its
// errno attribute when it has one, and str() of it.
type pyError struct {
	typ      string
	errno    int
	hasErrno bool
	msg      string
}

func (e *pyError) Error() string { return e.typ + ": " + e.msg }

func (e *pyError) api() *api.Error {
	a := &api.Error{Type: e.typ, Message: e.msg}
	if e.hasErrno {
		n := e.errno
		a.Errno = &n
	}
	return a
}

// getaddrinfo's error codes (glibc's netdb.h).
const (
	eaiBadFlags    = -1
	eaiNoName      = -2
	eaiAgain       = -3
	eaiFail        = -4
	eaiNoData      = -5
	eaiFamily      = -6
	eaiSockType    = -7
	eaiService     = -8
	eaiAddrFamily  = -9
	eaiMemory      = -10
	eaiSystem      = -11
	eaiOverflow    = -12
	eaiInProgress  = -100
	eaiCanceled    = -101
	eaiNotCanceled = -102
	eaiAllDone     = -103
	eaiIntr        = -104
	eaiIDNEncode   = -105
)

// gaiStrerror is glibc 2.36's gai_strerror in the C locale.
func gaiStrerror(code int) string {
	switch code {
	case eaiAddrFamily:
		return "Address family for hostname not supported"
	case eaiAgain:
		return "Temporary failure in name resolution"
	case eaiBadFlags:
		return "Bad value for ai_flags"
	case eaiFail:
		return "Non-recoverable failure in name resolution"
	case eaiFamily:
		return "ai_family not supported"
	case eaiMemory:
		return "Memory allocation failure"
	case eaiNoData:
		return "No address associated with hostname"
	case eaiNoName:
		return "Name or service not known"
	case eaiService:
		return "Servname not supported for ai_socktype"
	case eaiSockType:
		return "ai_socktype not supported"
	case eaiSystem:
		return "System error"
	case eaiInProgress:
		return "Processing request in progress"
	case eaiCanceled:
		return "Request canceled"
	case eaiNotCanceled:
		return "Request not canceled"
	case eaiAllDone:
		return "All requests done"
	case eaiIntr:
		return "Interrupted by a signal"
	case eaiIDNEncode:
		return "Parameter string not correctly encoded"
	}
	return "Unknown error"
}

// gaiError is what CPython's set_gaierror raises for a getaddrinfo error:
// socket.gaierror(code, gai_strerror(code)), or for EAI_SYSTEM an OSError
// made from errno.
func gaiError(code int, errno syscall.Errno) *pyError {
	if code == eaiSystem {
		return errnoError(errno)
	}
	return &pyError{typ: api.TypeGaierror, errno: code, hasErrno: true,
		msg: fmt.Sprintf("[Errno %d] %s", code, gaiStrerror(code))}
}

// h_errno values (RFC-less BSD resolver API, glibc's netdb.h).
const (
	netdbInternal = -1
	netdbSuccess  = 0
	hostNotFound  = 1
	tryAgain      = 2
	noRecovery    = 3
	noData        = 4
)

// hstrerror is glibc 2.36's hstrerror in the C locale.
func hstrerror(code int) string {
	switch {
	case code < 0:
		return "Resolver internal error"
	case code < len(hErrList):
		return hErrList[code]
	}
	return "Unknown resolver error"
}

var hErrList = [...]string{
	"Resolver Error 0 (no error)",
	"Unknown host",
	"Host name lookup failure",
	"Unknown server error",
	"No address associated with name",
}

// herror is what CPython's set_herror raises: socket.herror(h_errno,
// hstrerror(h_errno)).
func herror(code int) *pyError {
	return &pyError{typ: api.TypeHerror, errno: code, hasErrno: true,
		msg: fmt.Sprintf("[Errno %d] %s", code, hstrerror(code))}
}

// errnoError is PyErr_SetFromErrno(PyExc_OSError): "[Errno 97] Address
// family not supported by protocol", of the OSError subclass that PEP 3151
// gives the errno.
func errnoError(errno syscall.Errno) *pyError {
	return &pyError{typ: osErrorClass(errno), errno: int(errno), hasErrno: true,
		msg: fmt.Sprintf("[Errno %d] %s", int(errno), strerror(errno))}
}

// osErrorClass maps errno to OSError's subclass as CPython's
// Objects/exceptions.c does on Linux.
func osErrorClass(errno syscall.Errno) string {
	switch errno {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return "BlockingIOError"
	case syscall.ECHILD:
		return "ChildProcessError"
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return "BrokenPipeError"
	case syscall.ECONNABORTED:
		return "ConnectionAbortedError"
	case syscall.ECONNREFUSED:
		return "ConnectionRefusedError"
	case syscall.ECONNRESET:
		return "ConnectionResetError"
	case syscall.EEXIST:
		return "FileExistsError"
	case syscall.ENOENT:
		return "FileNotFoundError"
	case syscall.EISDIR:
		return "IsADirectoryError"
	case syscall.ENOTDIR:
		return "NotADirectoryError"
	case syscall.EINTR:
		return "InterruptedError"
	case syscall.EACCES, syscall.EPERM:
		return "PermissionError"
	case syscall.ESRCH:
		return "ProcessLookupError"
	case syscall.ETIMEDOUT:
		return "TimeoutError"
	}
	return api.TypeOSError
}

// osError is PyErr_SetString(PyExc_OSError, msg): errno is None.
func osError(msg string) *pyError {
	return &pyError{typ: api.TypeOSError, msg: msg}
}

func overflowError(msg string) *pyError {
	return &pyError{typ: api.TypeOverflowError, msg: msg}
}

func unicodeError(msg string) *pyError {
	return &pyError{typ: api.TypeUnicodeError, msg: msg}
}

// strerror returns glibc's message for the errno values a resolver call
// can leave; Go's table has the same texts for them.
func strerror(errno syscall.Errno) string {
	s := errno.Error()
	if s == "" {
		return fmt.Sprintf("Unknown error %d", int(errno))
	}
	// Go's messages start in lower case; glibc's in upper case.
	if c := s[0]; c >= 'a' && c <= 'z' {
		s = string(c-'a'+'A') + s[1:]
	}
	return s
}
