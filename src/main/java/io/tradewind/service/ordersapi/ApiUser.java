package io.tradewind.service.ordersapi;

/**
 * One user of the Orders API: who they are to clients ({@code userId}), what they may see, and the
 * wallet they trade in, an account on a venue ({@code account} null for an admin without a wallet).
 */
record ApiUser(String name, String userId, boolean admin, String venue, String account) {

    boolean hasWallet() {
        return account != null;
    }

    boolean owns(String orderVenue, String orderAccount) {
        return hasWallet() && venue.equals(orderVenue) && account.equals(orderAccount);
    }
}
