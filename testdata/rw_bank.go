package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID int

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type TxError struct {
	Op  string
	ID  AccountID
	Err error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.ID, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

type Owner struct {
	Name  string
	Email string
}

func (o Owner) Contact() string { return o.Name + " <" + o.Email + ">" }

type Account struct {
	Owner
	ID      AccountID
	Balance Money
	History []Money
}

type Bank struct {
	accounts map[AccountID]*Account
	nextID   AccountID
}

func NewBank() *Bank { return &Bank{accounts: map[AccountID]*Account{}, nextID: 100} }

func (b *Bank) Open(name, email string, initial Money) *Account {
	b.nextID++
	a := &Account{Owner: Owner{name, email}, ID: b.nextID, Balance: initial}
	b.accounts[a.ID] = a
	return a
}

func (b *Bank) get(id AccountID) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, &TxError{"lookup", id, ErrNoAccount}
	}
	return a, nil
}

func (b *Bank) Withdraw(id AccountID, amt Money) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("withdraw failed: %w", err)
		}
	}()
	a, err := b.get(id)
	if err != nil {
		return err
	}
	if a.Balance < amt {
		return &TxError{"withdraw", id, ErrInsufficient}
	}
	a.Balance -= amt
	a.History = append(a.History, -amt)
	return nil
}

func (b *Bank) Deposit(id AccountID, amt Money) error {
	a, err := b.get(id)
	if err != nil {
		return err
	}
	a.Balance += amt
	a.History = append(a.History, amt)
	return nil
}

func (b *Bank) Transfer(from, to AccountID, amt Money) error {
	if err := b.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer %d->%d: %w", from, to, err)
	}
	if err := b.Deposit(to, amt); err != nil {
		_ = b.Deposit(from, amt)
		return fmt.Errorf("transfer %d->%d: %w", from, to, err)
	}
	return nil
}

func (b *Bank) Report() string {
	var sb strings.Builder
	ids := make([]AccountID, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%-4d %-10s %12v %v\n", a.ID, a.Name, a.Balance, a.History)
	}
	return sb.String()
}

func main() {
	b := NewBank()
	alice := b.Open("Alice", "alice@example.com", 10000)
	bob := b.Open("Bob", "bob@example.com", 2550)
	carol := b.Open("Carol", "carol@example.com", 0)
	fmt.Println(alice.Contact(), bob.Owner.Contact())
	steps := []struct {
		from, to AccountID
		amt      Money
	}{
		{alice.ID, bob.ID, 1234},
		{bob.ID, carol.ID, 5000},
		{carol.ID, 999, 1},
		{alice.ID, 999, 100},
		{bob.ID, carol.ID, 3784},
	}
	for i, s := range steps {
		err := b.Transfer(s.from, s.to, s.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Printf("step %d ok\n", i)
		case errors.Is(err, ErrInsufficient):
			fmt.Printf("step %d insufficient: %v\n", i, err)
		case errors.As(err, &te):
			fmt.Printf("step %d tx error op=%s id=%d: %v\n", i, te.Op, te.ID, err)
		default:
			fmt.Printf("step %d other: %v\n", i, err)
		}
	}
	fmt.Print(b.Report())
	fmt.Printf("%v|%+v|%s|%d\n", Money(-5), Money(12345), Money(7), Money(7))
	var total Money
	for _, a := range b.accounts {
		total += a.Balance
	}
	fmt.Println("total", total)
	fmt.Printf("%+v\n", *carol)
	fmt.Printf("%#v\n", carol.Owner)
}
